import type { Problem } from '../story/problem';
import type { PlacePrecision, StoryEventFile } from '../story/schema';

/** Coordinates as a file gives them, not yet checked. */
export interface CoordinateInput {
  readonly lat: unknown;
  readonly lon: unknown;
  readonly latField: string;
  readonly lonField: string;
}

/** What a row says about its place: coordinates, a name to look up, or neither. */
export interface PlaceInput {
  /** The place's name as written; also what the gazetteer is asked when there are no coordinates. */
  readonly name: string;
  readonly nameField: string;
  readonly coordinates: CoordinateInput | null;
  readonly precision: PlacePrecision;
  /** ISO 3166-1 alpha-2, when the row names its country. */
  readonly country: string | null;
  /** First-level region (ACLED admin1), to tell places of one name apart. */
  readonly admin: string | null;
  /** Story JSON's mark of a place found by its name when it was first imported; kept as it is. */
  readonly byName?: true;
}

/** The fields of an event that pass through unchecked by the common validation. */
export type EventExtras = Omit<StoryEventFile, 'id' | 'title' | 'date' | 'category' | 'place'>;

/** One row (feature, event) of a file, read by its format's mapper, before validation. */
export interface RowDraft {
  /** 1-based data row, feature or event number. */
  readonly row: number;
  readonly id: string;
  readonly title: string;
  readonly titleField: string;
  /** The EDTF date the mapper built, or null when the row has none it could read. */
  readonly date: string | null;
  readonly dateField: string;
  /** A category label as written; "" for none. */
  readonly category: string;
  readonly place: PlaceInput | null;
  readonly extras: EventExtras;
  /** Ids of events this one is related to. */
  readonly related: readonly string[];
  readonly relatedField: string;
  /** Problems the mapper found; an error among them leaves the row out. */
  readonly problems: readonly Problem[];
  /** A TimelineJS title slide: the story's title and standfirst, not an event. */
  readonly titleSlide?: true;
}
