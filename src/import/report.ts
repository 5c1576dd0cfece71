import type { Problem } from '../story/problem';
import type { StoryEventFile } from '../story/schema';
import type { AmbiguousPlace, ImportFormat, ImportReport } from './types';

interface Read {
  readonly format: ImportFormat;
  readonly encoding: string | null;
  readonly delimiter: ImportReport['delimiter'];
  readonly rows: number;
}

/** The file's problems first, then each row's in row order; a stable sort keeps each row's own order. */
function byRow(a: Problem, b: Problem): number {
  return (a.row ?? 0) - (b.row ?? 0);
}

/** The report's counts, from what loaded and what was found: they add up to the rows in the file. */
export function importReport(read: Read, events: readonly StoryEventFile[], problems: readonly Problem[], ambiguous: readonly AmbiguousPlace[]): ImportReport {
  const ids = new Set(events.map((e) => e.id));
  return {
    ...read,
    loaded: events.length,
    withProblems: new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size,
    notOnMap: events.filter((e) => !e.place).length,
    problems: [...problems].sort(byRow),
    ambiguous: ambiguous.filter((a) => ids.has(a.eventId)),
  };
}
