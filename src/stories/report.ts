import type { Problem, ProblemKind } from '../story/problem';
import type { ImportReport } from '../import/types';
import { plural } from '../panel/words';

/** The report's headings, in the order a reader fixes things: the file first, then each field. */
export const KIND_LABELS: Record<ProblemKind, string> = {
  file: 'The file',
  id: 'Ids',
  title: 'Titles',
  date: 'Dates',
  place: 'Places',
  category: 'Categories',
  relation: 'Relations',
  field: 'Other fields',
};

export interface ProblemGroup {
  readonly kind: ProblemKind;
  readonly label: string;
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
}

/** Problems grouped by kind, in the order of KIND_LABELS, each group in row order. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const byKind = new Map<ProblemKind, Problem[]>();
  for (const p of problems) {
    const list = byKind.get(p.kind);
    if (list) list.push(p);
    else byKind.set(p.kind, [p]);
  }
  return (Object.keys(KIND_LABELS) as ProblemKind[]).flatMap((kind) => {
    const list = byKind.get(kind);
    if (!list) return [];
    // Stable sort keeps the importer's order within a row; file-wide problems (row null) come first.
    const sorted = [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const errors = sorted.filter((p) => p.severity === 'error').length;
    return [{ kind, label: KIND_LABELS[kind], problems: sorted, errors, warnings: sorted.length - errors }];
  });
}

/** "20 events loaded from 24 rows, 4 rows left out; 12 rows with problems (3 not on the map)." */
export function reportSummary(report: Pick<ImportReport, 'rows' | 'loaded' | 'withProblems' | 'notOnMap'>): string {
  const { rows, loaded, withProblems, notOnMap } = report;
  const leftOut = rows - loaded;
  const parts = [`${plural(loaded, 'event')} loaded from ${plural(rows, 'row')}`];
  if (leftOut > 0) parts.push(`${plural(leftOut, 'row')} left out`);
  const problems = withProblems === 0 ? 'no rows with problems' : `${plural(withProblems, 'row')} with problems`;
  const onMap = notOnMap > 0 ? ` (${notOnMap} not on the map)` : '';
  return `${parts.join(', ')}; ${problems}${onMap}.`;
}

const FORMAT_NAMES: Record<ImportReport['format'], string> = {
  'story-json': 'Story JSON',
  geojson: 'GeoJSON',
  'csv-template': 'CSV (the app’s template)',
  timelinejs: 'TimelineJS sheet',
  acled: 'ACLED export',
};

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** "Read as a TimelineJS sheet, UTF-8 with BOM, semicolon-separated." */
export function reportFormatLine(report: Pick<ImportReport, 'format' | 'encoding' | 'delimiter'>): string {
  const parts = [`Read as ${FORMAT_NAMES[report.format]}`];
  if (report.encoding) parts.push(report.encoding);
  if (report.delimiter) parts.push(`${DELIMITER_NAMES[report.delimiter]}-separated`);
  return `${parts.join(', ')}.`;
}
