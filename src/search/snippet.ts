import type { StoryEvent } from '../story/model';
import { highlightRanges } from './highlight';

/** Characters of summary shown either side of a match. */
const CONTEXT = 40;

/**
 * Where an event matched when neither its title nor its place shows it: the first actor, or an
 * excerpt of the summary, holding a match. Null when the title or place already show one.
 */
export function matchSnippet(e: StoryEvent, terms: readonly string[]): string | null {
  if (!terms.length) return null;
  if (highlightRanges(e.title, terms).length || (e.place && highlightRanges(e.place.name, terms).length)) return null;
  const actor = e.actors.find((a) => highlightRanges(a, terms).length);
  if (actor) return actor;
  const summary = e.summary ?? '';
  const [first] = highlightRanges(summary, terms);
  if (!first) return null;
  const start = Math.max(0, first[0] - CONTEXT);
  const end = Math.min(summary.length, first[1] + CONTEXT);
  return `${start > 0 ? '…' : ''}${summary.slice(start, end).trim()}${end < summary.length ? '…' : ''}`;
}
