import { parseSheet } from './csv';
import { detectDelimiter, type Delimiter } from './delimiter';
import { detectJsonFormat, detectSheetFormat } from './detect';
import type { RowDraft } from './draft';
import { acledRows } from './formats/acled';
import { featureDraft, geojsonFeatures } from './formats/geojson';
import { storyEventDraft } from './formats/storyJson';
import { templateRows } from './formats/template';
import { timelineRows } from './formats/timelinejs';
import { parseJson } from './json';
import { problemAt } from './problems';
import type { ImportFormat } from './types';
import { failed, phrase, type Phrase } from '../i18n/phrase';

/** A file split into its rows, not yet mapped: the mapping runs in steps so progress can be told. */
export interface Rows {
  readonly format: ImportFormat;
  readonly delimiter: Delimiter | null;
  readonly count: number;
  readonly draft: (index: number) => RowDraft;
  /** Story JSON's own top-level fields. */
  readonly json: Record<string, unknown> | null;
}

export type RowsResult = { ok: true; rows: Rows } | { ok: false; message: string; phrase: Phrase };

const FORMATS = phrase('problem.formats');

function jsonRows(text: string): RowsResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const format = detectJsonFormat(parsed.value);
  const value = parsed.value as Record<string, unknown>;
  if (format === 'geojson') {
    const features = geojsonFeatures(value);
    if (features.length === 0) return failed(phrase('problem.noFeatures'));
    return { ok: true, rows: { format, delimiter: null, count: features.length, draft: (i) => featureDraft(features[i], i + 1), json: null } };
  }
  if (format === 'story-json') {
    const events = value.events as unknown[];
    if (events.length === 0) return failed(phrase('problem.noEvents'));
    return { ok: true, rows: { format, delimiter: null, count: events.length, draft: (i) => storyEventDraft(events[i], i + 1), json: value } };
  }
  return failed(phrase('problem.neitherJson', { formats: FORMATS }));
}

/** Cells beyond the header's columns have no name to be read by; the report says they were there. */
function withExtraCells(draft: RowDraft, cells: readonly string[], columns: number, delimiter: Delimiter): RowDraft {
  if (cells.length <= columns) return draft;
  const extra = cells.slice(columns).filter((c) => c.trim() !== '');
  if (extra.length === 0) return draft;
  const message = phrase('problem.extraCells', { cells: cells.length, columns });
  return { ...draft, problems: [...draft.problems, problemAt(draft, '', extra.join(delimiter), 'field', 'warning', message)] };
}

/** Detects the format (JSON shape or sheet header) and returns the rows to map. */
export function parseRows(text: string): RowsResult {
  if (/^\s*[[{]/.test(text)) return jsonRows(text);
  // Excel honours, and sometimes writes, a first line "sep=;" naming the delimiter.
  const hint = /^sep=([,;\t])\r?\n/.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const delimiter = hint ? (hint[1] as Delimiter) : detectDelimiter(body);
  const parsed = parseSheet(body, delimiter);
  if (!parsed.ok) return parsed;
  const { header, rows } = parsed.sheet;
  const format = detectSheetFormat(header);
  if (!format) {
    const shown = header
      .slice(0, 6)
      .map((h) => `"${h.slice(0, 40)}"`)
      .join(', ');
    return failed(phrase('problem.unknownFormat', { shown: `${shown}${header.length > 6 ? ', …' : ''}`, formats: FORMATS }));
  }
  const mapper = format === 'acled' ? acledRows(header) : format === 'timelinejs' ? timelineRows(header) : templateRows(header);
  const draft = (i: number) => withExtraCells(mapper(rows[i], i + 1), rows[i], header.length, delimiter);
  return { ok: true, rows: { format, delimiter, count: rows.length, draft, json: null } };
}
