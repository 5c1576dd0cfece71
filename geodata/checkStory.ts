import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createGazetteer, type GazetteerFile } from '../src/import/gazetteer';
import { importSource } from '../src/import/importSource';
import { reportTable, summaryLine } from '../src/import/reportText';

const USAGE = 'usage: npm run check-story -- [--json] <file>';

function loadGazetteer() {
  const file = new URL('../public/gazetteer/places.json', import.meta.url);
  return Promise.resolve(createGazetteer(JSON.parse(readFileSync(file, 'utf8')) as GazetteerFile));
}

/**
 * Checks a story file in any format the app imports and prints the app's report.
 * Exit code: 0 no problem, 1 a row has a problem, 2 the file cannot be read at all.
 */
export async function main(args: readonly string[], print: (line: string) => void): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    print(USAGE);
    return 2;
  }
  const path = files[0];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    print(`${path}: ${(error as Error).message}`);
    return 2;
  }
  const name = basename(path);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const outcome = await importSource({ kind: 'bytes', name, bytes: buffer }, { loadGazetteer, today: new Date().toISOString().slice(0, 10) });
  const report = outcome.report;
  if (json) print(JSON.stringify({ file: name, ok: outcome.ok, message: outcome.ok ? null : outcome.message, report }, null, 2));
  else {
    if (report && report.problems.length > 0) for (const line of reportTable(report)) print(line);
    if (!outcome.ok) print(`${name}: ${outcome.message}`);
    if (report) print(`${name} (${report.format}${report.encoding ? `, ${report.encoding}` : ''}): ${summaryLine(report)}`);
  }
  if (!outcome.ok) return 2;
  return outcome.report.problems.length > 0 ? 1 : 0;
}
