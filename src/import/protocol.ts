import type { StoryEventFile } from '../story/schema';
import type { ImportOutcome, ImportProgress, ImportSource } from './types';

/** The messages between importData (client.ts) and the import worker (worker.ts). */
export interface ImportRequest {
  readonly source: ImportSource;
  /** Absolute URL of public/gazetteer/places.json, resolved against the page. */
  readonly gazetteerUrl: string;
  /** YYYY-MM-DD, the reader's today, stamped on the story. */
  readonly today: string;
}

/**
 * A story's events come in slices ahead of 'done', whose story then has none: the page reads
 * each message in a task of its own, and one message of 100,000 events held it for a second.
 */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'events'; readonly events: readonly StoryEventFile[] }
  | { readonly type: 'done'; readonly outcome: ImportOutcome };

/** Events per 'events' message. */
export const EVENT_SLICE = 5_000;
