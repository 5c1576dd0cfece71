import type { Phrase } from '../i18n/phrase';

/**
 * A problem found in a story file or an imported sheet, precise enough to point at the cell.
 * Every loader and importer reports problems in this shape, so one report can list them all.
 */
export interface Problem {
  /** 1-based data row of a sheet (the header is not counted), feature number of GeoJSON, event index + 1 of story JSON; null for the file as a whole. */
  readonly row: number | null;
  /** The event's id as given, when it has one. */
  readonly id: string | null;
  /** The column or field, e.g. "date", "place.lat", "latitude"; "" for the whole row or file. */
  readonly field: string;
  /** The offending value as text (truncated to 200 characters), or null when it is missing. */
  readonly value: string | null;
  /** What is wrong, in plain words: "31 February does not exist". */
  readonly message: string;
  /** The same as a catalogue message, for the report to word in the reader's language; `message` is its English. */
  readonly phrase?: Phrase;
  /** What it is about, for grouping the report. */
  readonly kind: ProblemKind;
  /** "error": the row was left out. "warning": the event loads, but something is off (e.g. not on the map). */
  readonly severity: 'error' | 'warning';
}

export type ProblemKind = 'file' | 'id' | 'title' | 'date' | 'place' | 'category' | 'relation' | 'field';
