import type { Problem } from '../story/problem';
import type { StoryFile } from '../story/schema';
import type { Phrase } from '../i18n/phrase';

/**
 * The contract between the importers (src/import/), the import worker and the import UI.
 * Importers turn a file into a story file (the app's JSON format) plus a report; the UI shows
 * the report, keeps the story in IndexedDB and hands it to the store.
 */

export type ImportFormat = 'story-json' | 'geojson' | 'csv-template' | 'timelinejs' | 'acled';

export type ImportSource =
  { readonly kind: 'bytes'; readonly name: string; readonly bytes: ArrayBuffer } | { readonly kind: 'text'; readonly name: string; readonly text: string };

export interface PlaceCandidate {
  readonly name: string;
  /** First-level region (province, state), when known. */
  readonly admin: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly lon: number;
  readonly lat: number;
  readonly population: number | null;
}

/** A place name that matched several gazetteer entries; the reader picks one. */
export interface AmbiguousPlace {
  readonly row: number;
  readonly eventId: string;
  readonly query: string;
  readonly candidates: readonly PlaceCandidate[];
}

export interface ImportReport {
  readonly format: ImportFormat;
  /** The encoding the bytes were read with ("UTF-8", "UTF-8 with BOM", "UTF-16LE", "windows-1252"); null for text or JSON. */
  readonly encoding: string | null;
  /** The CSV delimiter found; null for JSON. */
  readonly delimiter: ',' | ';' | '\t' | null;
  /** Data rows (or features, or events) in the file. */
  readonly rows: number;
  /** Events in the resulting story. rows = loaded + rows left out. */
  readonly loaded: number;
  /** Rows with at least one problem, left out or not. */
  readonly withProblems: number;
  /** Loaded events that have no place on the map. */
  readonly notOnMap: number;
  readonly problems: readonly Problem[];
  readonly ambiguous: readonly AmbiguousPlace[];
}

export type ImportOutcome =
  | { readonly ok: true; readonly story: StoryFile; readonly report: ImportReport }
  /** The file could not be read as a story at all; the current story stays. `message` is the English of `phrase`. */
  | { readonly ok: false; readonly message: string; readonly report: ImportReport | null; readonly phrase?: Phrase };

export interface ImportProgress {
  readonly phase: 'reading' | 'parsing' | 'placing' | 'validating';
  readonly done: number;
  readonly total: number;
}

export interface ImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
}
