import type { Problem } from './problem';
import {
  authoredChapterSchema,
  authoredEnvelopeSchema,
  authoredEventSchema,
  chapterSchema,
  envelopeSchema,
  eventSchema,
  relationSchema,
  type CategoryFile,
  type ChapterFile,
  type RelationFile,
  type StoryEventFile,
  type StoryFile,
} from './schema';
import { forbiddenKeyPaths } from './text';
import { claimedId, issueProblems, valueText } from './issues';
import { buildStory, type Story } from './model';
import { english, phrase, type Phrase } from '../i18n/phrase';

export interface LoadOptions {
  /**
   * The authored format of the bundled stories: slugs, passages and sources required,
   * and any problem fails the load. Otherwise (imports) ids are kept as given, an invalid
   * event is left out and reported, and only a problem with the story as a whole fails.
   */
  readonly authored?: boolean;
  /** The row to report for each event, by index (e.g. the sheet row it came from); default index + 1. */
  readonly rows?: readonly number[];
}

export type LoadResult =
  /** `file` is what was loaded: the input less what was left out; buildStory(file) gives `story` again. */
  | { readonly ok: true; readonly story: Story; readonly file: StoryFile; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const said = (p: Phrase) => ({ message: english(p), phrase: p });

const storyProblem = (field: string, said: Phrase, value: unknown = null): Problem => ({
  row: null,
  id: null,
  field,
  value: valueText(value),
  message: english(said),
  phrase: said,
  kind: 'file',
  severity: 'error',
});

/** Validates a story file and builds the model. Never throws on bad input. */
export function loadStory(raw: unknown, { authored = false, rows }: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const severity = authored ? 'error' : 'warning';
  const rowOf = (i: number) => rows?.[i] ?? i + 1;

  // A "__proto__" key would give a copy of the object another prototype than the one checked.
  const badEvents = new Set<number>();
  for (const path of forbiddenKeyPaths(raw)) {
    const [head, index] = path;
    const field = path.map(String).join('.');
    if (head === 'events' && typeof index === 'number') {
      badEvents.add(index);
      const event = (raw as { events: unknown[] }).events[index];
      const key = String(path[path.length - 1]);
      problems.push({
        ...storyProblem(path.slice(2).join('.'), phrase('problem.forbiddenKey', { key })),
        row: rowOf(index),
        id: claimedId(event),
        kind: 'field',
      });
    } else problems.push(storyProblem(field, phrase('problem.forbiddenKey', { key: String(path[path.length - 1]) })));
  }
  if (problems.some((p) => p.row === null)) return { ok: false, problems };

  const envelope = (authored ? authoredEnvelopeSchema : envelopeSchema).safeParse(raw);
  if (!envelope.success) {
    problems.push(...issueProblems(envelope.error.issues, raw, { row: null, id: null, prefix: [], kind: 'file', severity: 'error' }));
    return { ok: false, problems };
  }
  const { events: rawEvents, relations: rawRelations = [], chapters: rawChapters = [], ...story } = envelope.data;

  const categories: CategoryFile[] = [];
  const categoryIds = new Set<string>();
  const duplicates = story.categories.flatMap((c, i) => {
    const seen = categoryIds.has(c.id);
    categoryIds.add(c.id);
    categories.push(c);
    return seen ? [storyProblem(`categories.${i}.id`, phrase('problem.duplicateCategory'), c.id)] : [];
  });
  if (duplicates.length) return { ok: false, problems: [...problems, ...duplicates] };

  const events: StoryEventFile[] = [];
  const firstRow = new Map<string, number>();
  // Ids of events left out, so a relation to one says why rather than "unknown event".
  const leftOut = new Map<string, number>();
  const eventCheck = authored ? authoredEventSchema : eventSchema;
  rawEvents.forEach((input, i) => {
    const row = rowOf(i);
    const claimed = claimedId(input);
    if (claimed !== null && !firstRow.has(claimed)) leftOut.set(claimed, row);
    if (badEvents.has(i)) return;
    const result = eventCheck.safeParse(input);
    if (!result.success) {
      problems.push(...issueProblems(result.error.issues, input, { row, id: claimedId(input), prefix: [], severity: 'error' }));
      return;
    }
    const event: StoryEventFile = result.data;
    const first = firstRow.get(event.id);
    if (first !== undefined) {
      problems.push({
        row,
        id: event.id,
        field: 'id',
        value: valueText(event.id),
        ...said(phrase('problem.duplicateId', { row: String(first) })),
        kind: 'id',
        severity: 'error',
      });
      return;
    }
    firstRow.set(event.id, row);
    leftOut.delete(event.id);
    if (!categoryIds.has(event.category)) {
      // An import may name its categories only on its events; each becomes a category of its own.
      problems.push({
        row,
        id: event.id,
        field: 'category',
        value: valueText(event.category),
        ...said(phrase('problem.unknownCategory')),
        kind: 'category',
        severity,
      });
      if (authored) return;
      categoryIds.add(event.category);
      categories.push({ id: event.category, label: event.category });
    }
    events.push(event);
  });
  if (events.length === 0) problems.push(storyProblem('events', phrase('problem.noEventLoaded')));

  /** A reference to an event that is not there; nothing when the event was left out of an authored story, which fails anyway. */
  const dangling = (field: string, id: string, base: Omit<Problem, 'field' | 'value' | 'message' | 'phrase'>): Problem[] => {
    const row = leftOut.get(id);
    if (row !== undefined && authored) return [];
    const message = row === undefined ? phrase('problem.unknownEvent') : phrase('problem.eventLeftOut', { row: String(row) });
    return [{ ...base, field, value: valueText(id), ...said(message) }];
  };

  const relations: RelationFile[] = [];
  rawRelations.forEach((input, i) => {
    const result = relationSchema.safeParse(input);
    const base = { row: null, id: claimedId(input, 'from'), kind: 'relation', severity } as const;
    if (!result.success) return problems.push(...issueProblems(result.error.issues, input, { ...base, prefix: ['relations', i] }));
    const relation = result.data;
    const unknown = (['from', 'to'] as const).filter((end) => !firstRow.has(relation[end]));
    for (const end of unknown) problems.push(...dangling(`relations.${i}.${end}`, relation[end], base));
    if (!unknown.length) relations.push(relation);
  });

  const chapters: ChapterFile[] = [];
  const chapterCheck = authored ? authoredChapterSchema : chapterSchema;
  rawChapters.forEach((input, i) => {
    const result = chapterCheck.safeParse(input);
    const base = { row: null, id: claimedId(input), kind: 'field', severity } as const;
    if (!result.success) return problems.push(...issueProblems(result.error.issues, input, { ...base, prefix: ['chapters', i] }));
    const chapter = result.data;
    chapter.events.forEach((id, j) => {
      if (!firstRow.has(id)) problems.push(...dangling(`chapters.${i}.events.${j}`, id, base));
    });
    const known = chapter.events.filter((id) => firstRow.has(id));
    if (known.length) chapters.push({ ...chapter, events: known });
  });

  const failed = authored ? problems.length > 0 : problems.some((p) => p.row === null && p.severity === 'error');
  if (failed) return { ok: false, problems };
  const file: StoryFile = { ...story, categories, events, relations, chapters };
  return { ok: true, story: buildStory(file), file, problems };
}
