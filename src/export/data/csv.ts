import Papa from 'papaparse';
import type { Story, StoryEvent } from '../../story/model';
import { neutralise } from './neutralise';

/** The columns of the app's CSV template, in the order the blank template lists them (see import/formats/template.ts). */
export const TEMPLATE_COLUMNS = [
  'id',
  'title',
  'date',
  'end',
  'category',
  'place',
  'lat',
  'lon',
  'precision',
  'country',
  'summary',
  'source_url',
  'source_title',
  'source_publisher',
  'actors',
  'related',
] as const;

type Column = (typeof TEMPLATE_COLUMNS)[number];

/** An EDTF value as the template's two date columns: an interval's start and end, or one date. */
function dateColumns(edtf: string): { date: string; end: string } {
  const slash = edtf.indexOf('/');
  return slash < 0 ? { date: edtf, end: '' } : { date: edtf.slice(0, slash), end: edtf.slice(slash + 1) };
}

/**
 * The selection in the CSV template, one event a row, formula-like cells neutralised. A sheet
 * holds less than the story JSON: one source per event, relations only as "related" ids from
 * the event that names them, categories by label; no passage, verification or corrections.
 */
export function selectionCsv(story: Story, events: readonly StoryEvent[]): string {
  const labels = new Map(story.categories.map((c) => [c.id, c.label]));
  const ids = new Set(events.map((e) => e.id));
  const related = new Map<string, string[]>();
  for (const r of story.relations) if (ids.has(r.from) && ids.has(r.to)) related.set(r.from, [...(related.get(r.from) ?? []), r.to]);
  const rows = events.map((e) => {
    const source = e.sources[0];
    const cells: Record<Column, string> = {
      id: e.id,
      title: e.title,
      ...dateColumns(e.date),
      category: labels.get(e.category) ?? e.category,
      place: e.place?.name ?? '',
      lat: e.place ? String(e.place.lat) : '',
      lon: e.place ? String(e.place.lon) : '',
      precision: e.place?.precision ?? '',
      country: e.place?.country ?? '',
      summary: e.summary ?? '',
      source_url: source?.url ?? '',
      source_title: source?.title ?? '',
      source_publisher: source?.publisher ?? '',
      actors: e.actors.join('; '),
      related: (related.get(e.id) ?? []).join(';'),
    };
    return TEMPLATE_COLUMNS.map((c) => neutralise(cells[c]));
  });
  // CRLF, as spreadsheets write it; every cell quoted only where it must be.
  return Papa.unparse({ fields: [...TEMPLATE_COLUMNS], data: rows }, { newline: '\r\n' });
}

/** The template with its header only, for a journalist to fill in. */
export const blankTemplate = (): string => `${TEMPLATE_COLUMNS.join(',')}\r\n`;
