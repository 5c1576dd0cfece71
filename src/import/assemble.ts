import type { Problem } from '../story/problem';
import type { RelationFile, ChapterFile, StoryEventFile, StoryFile } from '../story/schema';
import { CategoryIds, type CategoryEntry } from './categories';
import type { RowDraft } from './draft';
import type { Placed } from './placeByName';
import { problemAt } from './problems';
import { givenChapters, givenRelations, rowRelations } from './relations';
import type { AmbiguousPlace } from './types';
import type { ValidRow } from './validate';
import { phrase } from '../i18n/phrase';

/** One row's fate: its problems, and, if it loads, its place. */
export interface RowOutcome {
  readonly draft: RowDraft;
  readonly valid: ValidRow | null;
  readonly placed: Placed | null;
  readonly problems: readonly Problem[];
}

/** What a story JSON file brings beyond its events. */
export interface GivenStory {
  readonly meta: Partial<Omit<StoryFile, 'events' | 'categories' | 'relations' | 'chapters'>>;
  readonly categories: readonly CategoryEntry[];
  readonly relations: RelationFile[];
  readonly chapters: ChapterFile[];
}

export interface Assembled {
  readonly events: StoryEventFile[];
  /** The row each event came from, by index. */
  readonly rows: number[];
  readonly categories: CategoryEntry[];
  readonly relations: RelationFile[];
  readonly chapters: ChapterFile[];
  readonly problems: Problem[];
  readonly ambiguous: AmbiguousPlace[];
}

/** Leaves out the second and later rows with an id already used. */
export function markDuplicates(outcomes: readonly RowOutcome[]): RowOutcome[] {
  const first = new Map<string, number>();
  return outcomes.map((o) => {
    if (!o.valid) return o;
    const seen = first.get(o.draft.id);
    if (seen === undefined) {
      first.set(o.draft.id, o.draft.row);
      return o;
    }
    const duplicate = problemAt(o.draft, 'id', o.draft.id, 'id', 'error', phrase('problem.duplicateRow', { row: String(seen) }));
    return { ...o, valid: null, placed: null, problems: [...o.problems, duplicate] };
  });
}

function toEvent(o: RowOutcome, category: string): StoryEventFile {
  const { draft } = o;
  const place = o.placed?.place;
  return { id: draft.id, title: draft.title, date: (o.valid as ValidRow).date, category, ...(place && { place }), ...draft.extras };
}

/** Builds the events, categories and relations from the rows that load, and gathers every row's problems. */
export function assemble(outcomes: readonly RowOutcome[], given: GivenStory | null, fileProblems: readonly Problem[]): Assembled {
  const problems: Problem[] = [...fileProblems];
  const categories = new CategoryIds(given?.categories ?? null);
  const loaded = outcomes.filter((o) => o.valid);
  const ids = new Set(loaded.map((o) => o.draft.id));
  const events: StoryEventFile[] = [];
  const rows: number[] = [];
  const relations: RelationFile[] = [];
  const ambiguous: AmbiguousPlace[] = [];
  for (const o of outcomes) {
    const rowProblems = [...o.problems, ...(o.placed?.problems ?? [])];
    if (o.valid) {
      events.push(toEvent(o, categories.idFor(o.draft.category, o.draft, rowProblems)));
      rows.push(o.draft.row);
      relations.push(...rowRelations(o.draft, ids, rowProblems));
      if (o.placed?.ambiguous) ambiguous.push(o.placed.ambiguous);
    }
    problems.push(...rowProblems);
  }
  const storyRelations = given ? givenRelations(given.relations, ids, problems) : relations;
  const chapters = given ? givenChapters(given.chapters, ids, problems) : [];
  return { events, rows, categories: categories.list(), relations: storyRelations, chapters, problems, ambiguous };
}
