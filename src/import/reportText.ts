import type { ImportReport } from './types';

const WIDTH = { id: 24, field: 20, value: 32 };

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** "20 events loaded, 12 rows with problems (3 not on the map); 2 rows left out." */
export function summaryLine(report: ImportReport): string {
  const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const leftOut = report.rows - report.loaded;
  return `${plural(report.loaded, 'event')} loaded, ${plural(report.withProblems, 'row')} with problems (${report.notOnMap.toLocaleString('en')} not on the map)${
    leftOut ? `; ${plural(leftOut, 'row')} left out` : ''
  }.`;
}

/** The report as a table a terminal shows: row, id, field, value, problem. */
export function reportTable(report: ImportReport): string[] {
  const rows = report.problems.map((p) => [
    p.row === null ? 'file' : String(p.row),
    cut(p.id ?? '', WIDTH.id),
    cut(p.field, WIDTH.field),
    p.value === null ? '(empty)' : cut(JSON.stringify(p.value), WIDTH.value),
    `${p.severity}: ${p.message}`,
  ]);
  const all = [['row', 'id', 'field', 'value', 'problem'], ...rows];
  // A loop, not Math.max(...): a report can hold more problems than a spread can pass.
  const widths = [0, 1, 2, 3].map((i) => all.reduce((w, r) => Math.max(w, r[i].length), 0));
  return all.map((r) => r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join('  '));
}
