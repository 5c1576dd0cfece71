/**
 * A cell a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP advises for CSV exports, so it opens as text.
 * A plain number such as a negative longitude is left alone: it is data, and no formula.
 * A cell that already begins with apostrophes before such a character gets one more, so the
 * app's CSV import, which takes exactly one off (unneutralise), gives back what was written.
 */
const ESCAPABLE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

const isNumber = (cell: string) => NUMBER.test(cell.replace(/^'+/, ''));

export function neutralise(cell: string): string {
  return ESCAPABLE.test(cell) && !isNumber(cell) ? `'${cell}` : cell;
}

/** The cell as it was before neutralise: the import's side of the export. */
export function unneutralise(cell: string): string {
  return ESCAPED.test(cell) && !isNumber(cell) ? cell.slice(1) : cell;
}
