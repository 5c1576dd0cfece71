import type { Problem, ProblemKind } from '../story/problem';
import type { ImportReport } from '../import/types';
import { translatorFor, type T } from '../i18n';

const ENGLISH = translatorFor('en').t;

/** The kinds in the order a reader fixes things: the file first, then each field. Their headings are "stories.kind.*". */
export const KINDS: readonly ProblemKind[] = ['file', 'id', 'title', 'date', 'place', 'category', 'relation', 'field'];

export interface ProblemGroup {
  readonly kind: ProblemKind;
  readonly label: string;
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
}

/** Problems grouped by kind, in the order of KINDS, each group in row order. */
export function groupProblems(problems: readonly Problem[], t: T = ENGLISH): ProblemGroup[] {
  const byKind = new Map<ProblemKind, Problem[]>();
  for (const p of problems) {
    const list = byKind.get(p.kind);
    if (list) list.push(p);
    else byKind.set(p.kind, [p]);
  }
  return KINDS.flatMap((kind) => {
    const list = byKind.get(kind);
    if (!list) return [];
    // Stable sort keeps the importer's order within a row; file-wide problems (row null) come first.
    const sorted = [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const errors = sorted.filter((p) => p.severity === 'error').length;
    return [{ kind, label: t(`stories.kind.${kind}`), problems: sorted, errors, warnings: sorted.length - errors }];
  });
}

/** "20 events loaded from 24 rows, 4 rows left out; 12 rows with problems (3 not on the map)." */
export function reportSummary(report: Pick<ImportReport, 'rows' | 'loaded' | 'withProblems' | 'notOnMap'>, t: T = ENGLISH): string {
  const { rows, loaded, withProblems, notOnMap } = report;
  const leftOut = rows - loaded;
  const values = {
    loaded: t('stories.loadedFrom', { events: t('stories.eventCount', { count: loaded }), rows: t('stories.rowCount', { count: rows }) }),
    leftOut: t('stories.rowsLeftOut', { count: leftOut }),
    problems: withProblems === 0 ? t('stories.noRowProblems') : t('stories.rowsWithProblems', { count: withProblems }),
    offMap: notOnMap,
  };
  if (leftOut > 0) return notOnMap > 0 ? t('stories.summaryLeftOutOffMap', values) : t('stories.summaryLeftOut', values);
  return notOnMap > 0 ? t('stories.summaryOffMap', values) : t('stories.summary', values);
}

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** "Read as a TimelineJS sheet, UTF-8 with BOM, semicolon-separated." */
export function reportFormatLine(report: Pick<ImportReport, 'format' | 'encoding' | 'delimiter'>, t: T = ENGLISH): string {
  const parts = [t('stories.readAs', { format: t(`stories.format.${report.format}`) })];
  if (report.encoding) parts.push(report.encoding);
  if (report.delimiter) parts.push(t(`stories.separated.${DELIMITER_NAMES[report.delimiter]}`));
  return `${parts.join(', ')}.`;
}
