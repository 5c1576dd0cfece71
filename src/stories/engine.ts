import type { ImportOptions, ImportOutcome, ImportSource, PlaceCandidate } from '../import/types';
import type { Gazetteer } from '../import/gazetteer';
import type { StoryFile } from '../story/schema';
import { loadStory } from '../story/load';
import type { Story } from '../story/model';

/**
 * The two seams the Stories UI stands on: the importers (a file → a story file and a report)
 * and the story loader (a story file → the app's story). Kept in one place so that the UI
 * does not care how either works.
 */

const today = () => new Date().toISOString().slice(0, 10);

let gazetteer: Promise<Gazetteer> | null = null;

/** The offline gazetteer, fetched once, on first need. */
function loadGazetteer(): Promise<Gazetteer> {
  gazetteer ??= (async () => {
    const { createGazetteer } = await import('../import/gazetteer');
    const response = await fetch(new URL('gazetteer/places.json', document.baseURI));
    if (!response.ok) throw new Error(`the gazetteer answered ${response.status}`);
    return createGazetteer(await response.json());
  })();
  // A failed load is tried again next time.
  gazetteer.catch(() => (gazetteer = null));
  return gazetteer;
}

/** Places of a name, for the reader to pick from: one for a unique match, several for an ambiguous one. */
export async function searchPlaces(text: string): Promise<readonly PlaceCandidate[]> {
  const match = (await loadGazetteer()).lookup({ text, country: null, admin: null });
  return match.kind === 'unique' ? [match.place] : match.kind === 'ambiguous' ? match.candidates : [];
}

/**
 * Runs the importers. They are loaded on first use, so the explorer does not carry them; until
 * their worker client is on main, they run on the main thread, and Cancel drops the result.
 */
export async function importSource(source: ImportSource, { onProgress, signal }: ImportOptions = {}): Promise<ImportOutcome> {
  const { importSource: run } = await import('../import/importSource');
  const imported = await run(source, { loadGazetteer, onProgress, today: today() });
  if (signal?.aborted) return { ok: false, message: 'Loading was cancelled.', report: null };
  return imported.ok ? { ok: true, story: imported.story as StoryFile, report: imported.report } : imported;
}

export type ToStory = { readonly ok: true; readonly story: Story; readonly file: StoryFile } | { readonly ok: false; readonly message: string };

/** A story file (imported, fetched or kept) as the app's story; never throws. */
export function toStory(file: unknown): ToStory {
  const result = loadStory(file, { authored: false });
  if (!result.ok)
    return {
      ok: false,
      message: result.problems
        .slice(0, 3)
        .map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`)
        .join('; '),
    };
  return { ok: true, story: result.story, file: result.file };
}
