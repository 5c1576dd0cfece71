import type { ImportOptions, ImportOutcome, ImportSource, PlaceCandidate } from '../import/types';
import type { Gazetteer } from '../import/gazetteer';
import { importData } from '../import/client';
import type { StoryFile } from '../story/schema';
import { buildStory, buildStoryInSlices, type Story } from '../story/model';
import { failed, phrase } from '../i18n/phrase';

/**
 * The two seams the Stories UI stands on: the importers (a file → a story file and a report)
 * and the story loader (a story file → the app's story). Kept in one place so that the UI
 * does not care how either works.
 */

let gazetteer: Promise<Gazetteer> | null = null;

/** The offline gazetteer, fetched once, on first need. */
function loadGazetteer(): Promise<Gazetteer> {
  gazetteer ??= import('../import/handleRequest').then(({ fetchGazetteer }) => fetchGazetteer(new URL('gazetteer/places.json', document.baseURI).href));
  // A failed load is tried again next time.
  gazetteer.catch(() => (gazetteer = null));
  return gazetteer;
}

/** Places of a name, for the reader to pick from: one for a unique match, several for an ambiguous one. */
export async function searchPlaces(text: string): Promise<readonly PlaceCandidate[]> {
  const match = (await loadGazetteer()).lookup({ text, country: null, admin: null });
  return match.kind === 'unique' ? [match.place] : match.kind === 'ambiguous' ? match.candidates : [];
}

/** Runs the importers in their worker; Cancel ends the worker. Never throws. */
export async function importSource(source: ImportSource, { onProgress, signal }: ImportOptions = {}): Promise<ImportOutcome> {
  try {
    return await importData(source, { onProgress, signal });
  } catch (error) {
    if (signal?.aborted) return { ...failed(phrase('stories.loadCancelled')), report: null };
    return { ...failed(phrase('problem.importFailed', { why: error instanceof Error ? error.message : String(error) })), report: null };
  }
}

export type ToStory = { readonly ok: true; readonly story: Story; readonly file: StoryFile } | { readonly ok: false; readonly message: string };

/**
 * A story file that loadStory has already checked (the importers' worker does, on every import)
 * as the app's story. Checking again here would hold the page for seconds at 100,000 events.
 */
export function toStory(file: StoryFile): ToStory {
  try {
    return { ok: true, story: buildStory(file), file };
  } catch (error) {
    return notBuilt(error);
  }
}

// Only a damaged record in the browser's storage gets here.
const notBuilt = (error: unknown): ToStory => ({ ok: false, message: error instanceof Error ? error.message : String(error) });

/** toStory for a large file: built in slices, so the page stays responsive (see buildStoryInSlices). */
export async function toStoryInSlices(file: StoryFile): Promise<ToStory> {
  try {
    return { ok: true, story: await buildStoryInSlices(file), file };
  } catch (error) {
    return notBuilt(error);
  }
}
