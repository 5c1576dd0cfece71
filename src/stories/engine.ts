import type { ImportOptions, ImportOutcome, ImportSource } from '../import/types';
import type { StoryFile } from '../story/schema';
import { loadStory, type Story } from '../story/model';

/**
 * The two seams the Stories UI stands on: the importers (a file → a story file and a report)
 * and the story loader (a story file → the app's story). Kept in one place so that the UI
 * does not care how either works.
 */

/** Until the importers' worker is on main, this reads the app's story JSON only. */
export async function importSource(source: ImportSource, { onProgress, signal }: ImportOptions = {}): Promise<ImportOutcome> {
  onProgress?.({ phase: 'parsing', done: 0, total: 1 });
  const text = source.kind === 'text' ? source.text : new TextDecoder('utf-8').decode(source.bytes);
  if (signal?.aborted) return { ok: false, message: 'Loading was cancelled.', report: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `${source.name} is not in a format this app reads.`, report: null };
  }
  const result = loadStory(raw);
  if (!result.ok) return { ok: false, message: `${source.name} is not a valid story: ${result.errors.slice(0, 3).join('; ')}`, report: null };
  const file = raw as StoryFile;
  const n = file.events.length;
  return {
    ok: true,
    story: file,
    report: { format: 'story-json', encoding: null, delimiter: null, rows: n, loaded: n, withProblems: 0, notOnMap: 0, problems: [], ambiguous: [] },
  };
}

export type ToStory = { readonly ok: true; readonly story: Story } | { readonly ok: false; readonly message: string };

/** An imported story file as the app's story. */
export function toStory(file: StoryFile): ToStory {
  const result = loadStory(file);
  return result.ok ? result : { ok: false, message: result.errors.slice(0, 3).join('; ') };
}
