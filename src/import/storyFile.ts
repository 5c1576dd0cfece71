import type { PlacePrecision, StoryFile } from '../story/schema';

/**
 * The story file an importer writes: the app's story JSON with the journalism fields
 * (summary, passage, verification, corrections, sources, actors) left out when a sheet has
 * none, and `place` absent for an event that is not on the map.
 */
export interface ImportedPlace {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly precision: PlacePrecision;
  readonly country?: string;
  /** Placed by matching its name in the gazetteer, not by coordinates in the file. */
  readonly byName?: true;
}

type FileEvent = StoryFile['events'][number];

export interface ImportedEvent extends Partial<Omit<FileEvent, 'id' | 'title' | 'date' | 'category' | 'place'>> {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly category: string;
  readonly place?: ImportedPlace;
}

export interface ImportedStory extends Omit<StoryFile, 'events'> {
  readonly events: readonly ImportedEvent[];
}
