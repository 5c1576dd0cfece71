import { readFileSync } from 'node:fs';
import { createGazetteer, type Gazetteer, type GazetteerFile } from '../../../src/import/gazetteer';
import { importSource } from '../../../src/import/importSource';
import type { ImportOutcome, ImportSource } from '../../../src/import/types';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url);

let gazetteer: Gazetteer | null = null;

/** The committed gazetteer, read once. */
export function loadGazetteer(): Promise<Gazetteer> {
  gazetteer ??= createGazetteer(JSON.parse(readFileSync(new URL('../../../public/gazetteer/places.json', import.meta.url), 'utf8')) as GazetteerFile);
  return Promise.resolve(gazetteer);
}

export function fixture(name: string): ImportSource {
  const bytes = readFileSync(new URL(name, FIXTURES));
  return { kind: 'bytes', name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
}

export function text(text: string, name = 'pasted.csv'): ImportSource {
  return { kind: 'text', name, text };
}

export function run(source: ImportSource, context: Partial<Parameters<typeof importSource>[1]> = {}): Promise<ImportOutcome> {
  return importSource(source, { loadGazetteer, today: '2024-06-01', ...context });
}

/** The outcome of a file that must load. */
export async function loaded(source: ImportSource) {
  const outcome = await run(source);
  if (!outcome.ok) throw new Error(`expected ${source.name} to load: ${outcome.message}`);
  return outcome;
}
