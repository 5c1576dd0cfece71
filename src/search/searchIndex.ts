import type { StoryEvent } from '../story/model';
import { fold, queryTerms } from './fold';

/**
 * Every event's searchable text (title, summary, place, actors), folded once and held as one
 * string, so a term is found with the engine's own indexOf rather than one test per event.
 * `starts[i]` is where event i's text begins; `starts[events.length]` is the end.
 */
export interface SearchIndex {
  readonly text: string;
  readonly starts: Int32Array;
}

/** Keeps two events' texts apart: a query never holds it (see queryTerms). */
const SEPARATOR = '\u0000';

/** What a search reads of an event, in the order a reader sees it. */
export function searchableText(e: StoryEvent): string {
  return [e.title, e.summary ?? '', e.place?.name ?? '', ...e.actors].join('\n');
}

export function buildIndex(events: readonly StoryEvent[]): SearchIndex {
  const parts: string[] = new Array(events.length);
  const starts = new Int32Array(events.length + 1);
  let at = 0;
  events.forEach((e, i) => {
    starts[i] = at;
    parts[i] = fold(searchableText(e));
    at += parts[i].length + SEPARATOR.length;
  });
  starts[events.length] = at;
  return { text: parts.join(SEPARATOR) + SEPARATOR, starts };
}

/** The event whose text holds position `at`: the last start at or before it. */
function eventAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Which events hold one folded term, by index. */
function termHits(index: SearchIndex, term: string): Uint8Array {
  const hits = new Uint8Array(index.starts.length - 1);
  for (let at = index.text.indexOf(term); at !== -1;) {
    const i = eventAt(index.starts, at);
    hits[i] = 1;
    // The next hit that counts is in the next event.
    at = index.text.indexOf(term, index.starts[i + 1]);
  }
  return hits;
}

/** Events holding every word of the query (1) or not (0), by index; null for a query with no words. */
export function searchEvents(index: SearchIndex, query: string): Uint8Array | null {
  const terms = queryTerms(query);
  if (!terms.length) return null;
  const [first, ...rest] = terms.map((t) => termHits(index, t));
  for (const hits of rest) for (let i = 0; i < first.length; i++) first[i] &= hits[i];
  return first;
}
