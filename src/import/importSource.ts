import { loadStory } from '../story/load';
import type { Problem } from '../story/problem';
import type { StoryFile } from '../story/schema';
import { assemble, markDuplicates, type RowOutcome } from './assemble';
import { storyMeta, UNCATEGORISED } from './storyWords';
import type { RowDraft } from './draft';
import type { Gazetteer } from './gazetteer';
import { givenStory } from './givenStory';
import { parseRows } from './parseRows';
import { placeByName } from './placeByName';
import { fileProblem } from './problems';
import { readSource } from './readSource';
import { importReport } from './report';
import type { ImportOutcome, ImportProgress, ImportSource } from './types';
import { validateRow } from './validate';
import { failed, phrase } from '../i18n/phrase';

export interface ImportContext {
  /** Loads the gazetteer; called only when some row has a place name and no coordinates. */
  readonly loadGazetteer: () => Promise<Gazetteer>;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** The date the import is stamped with, YYYY-MM-DD. */
  readonly today: string;
}

/** Progress is told every this many rows: often enough for a bar, rarely enough to cost nothing. */
const STEP = 2_000;

/** Reads a file into a story and a report of every problem. Never throws on bad data. */
export async function importSource(source: ImportSource, context: ImportContext): Promise<ImportOutcome> {
  const progress = (phase: ImportProgress['phase'], done: number, total: number) => context.onProgress?.({ phase, done, total });
  progress('reading', 0, 1);
  const decoded = readSource(source);
  if (!decoded.ok) return { ...decoded, report: null };
  progress('reading', 1, 1);

  const parsed = parseRows(decoded.text);
  if (!parsed.ok) return { ...parsed, report: null };
  const { rows } = parsed;
  const outcomes: RowOutcome[] = [];
  let titleSlide: RowDraft | null = null;
  for (let i = 0; i < rows.count; i++) {
    if (i % STEP === 0) progress('parsing', i, rows.count);
    const draft = rows.draft(i);
    if (draft.titleSlide) {
      titleSlide ??= draft;
      continue;
    }
    const { valid, problems } = validateRow(draft);
    outcomes.push({ draft, valid, placed: null, problems });
  }
  progress('parsing', rows.count, rows.count);

  const checked = markDuplicates(outcomes);
  const needsGazetteer = checked.some((o) => o.valid && !o.valid.place && o.valid.query);
  const fileProblems: Problem[] = [];
  let gazetteer: Gazetteer | null = null;
  if (needsGazetteer) {
    progress('placing', 0, checked.length);
    gazetteer = await context.loadGazetteer().catch((error: unknown) => {
      fileProblems.push({
        ...fileProblem(phrase('problem.gazetteerFailed', { why: (error as Error).message })),
        severity: 'warning',
      });
      return null;
    });
  }
  const placed = checked.map((o, i) => {
    if (needsGazetteer && i % STEP === 0) progress('placing', i, checked.length);
    return o.valid ? { ...o, placed: placeByName(o.valid, gazetteer) } : o;
  });

  progress('validating', 0, 1);
  const given = rows.json ? givenStory(rows.json) : null;
  const result = assemble(placed, given, fileProblems);
  // The contract reports an encoding for sheets only; JSON is UTF-8 by definition.
  const encoding = rows.delimiter === null ? null : decoded.encoding;
  const read = { format: rows.format, encoding, delimiter: rows.delimiter, rows: outcomes.length };
  if (result.events.length === 0) {
    const report = importReport(read, [], result.problems, []);
    return { ...failed(phrase('problem.noneLoaded', { count: outcomes.length })), report };
  }
  const story: StoryFile = {
    ...storyMeta(
      source.name,
      rows.format,
      context.today,
      titleSlide,
      result.categories.some((c) => c.id === UNCATEGORISED),
      given?.meta,
    ),
    categories: result.categories,
    events: result.events,
    relations: result.relations,
    chapters: result.chapters,
  };
  // The app's own check has the last word (text limits, broken characters), so what loads here loads there.
  const loaded = loadStory(story, { rows: result.rows });
  const problems = [...result.problems, ...loaded.problems];
  progress('validating', 1, 1);
  if (!loaded.ok) {
    const reasons = loaded.problems
      .filter((p) => p.row === null && p.severity === 'error')
      .map((p) => {
        const why = p.phrase ?? phrase('problem.text', { text: p.message });
        return p.field ? phrase('problem.fieldReason', { field: p.field, why }) : why;
      });
    return { ...failed(phrase('problem.cannotLoad', { reasons })), report: importReport(read, [], problems, []) };
  }
  return { ok: true, story: loaded.file, report: importReport(read, loaded.file.events, problems, result.ambiguous) };
}
