import type { Problem } from '../story/problem';
import { problemText } from '../story/describe';
import { translatorFor, type T } from '../i18n';

const COLUMNS = ['row', 'id', 'kind', 'severity', 'field', 'value', 'message'] as const;

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return) as a formula,
 * so a hostile value such as =HYPERLINK(…) would run there. A leading apostrophe makes it text.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV (RFC 4180, CRLF), with a BOM so that spreadsheet programs read it as UTF-8; messages in the words of `t`. */
export function reportToCsv(problems: readonly Problem[], t: T = translatorFor('en').t): string {
  const lines = [COLUMNS.join(',')];
  for (const p of problems) {
    const cells = [p.row === null ? '' : String(p.row), p.id ?? '', p.kind, p.severity, p.field, p.value ?? '', problemText(p, t)];
    lines.push(cells.map((c) => quote(neutraliseCell(c))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
