import type { ImportOutcome, ImportProgress, ImportSource } from './types';

/** The messages between importData (client.ts) and the import worker (worker.ts). */
export interface ImportRequest {
  readonly source: ImportSource;
  /** Absolute URL of public/gazetteer/places.json, resolved against the page. */
  readonly gazetteerUrl: string;
  /** YYYY-MM-DD, the reader's today, stamped on the story. */
  readonly today: string;
}

export type WorkerMessage = { readonly type: 'progress'; readonly progress: ImportProgress } | { readonly type: 'done'; readonly outcome: ImportOutcome };
