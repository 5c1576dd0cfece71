import Papa from 'papaparse';
import type { Delimiter } from './delimiter';
import { failed, phrase, type Phrase } from '../i18n/phrase';

/** A sheet of events has no cell this long; a longer one means the file is not such a sheet. */
export const CELL_LIMIT = 100_000;

export interface Sheet {
  readonly header: readonly string[];
  /** Data rows, empty lines skipped, as long as they are in the file: shorter or longer than the header. */
  readonly rows: readonly (readonly string[])[];
}

export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; message: string; phrase: Phrase };

function columnName(header: readonly string[], i: number): string {
  return header[i] ? `"${header[i]}"` : `${i + 1}`;
}

/** Parses CSV text with PapaParse; a quoted cell may hold the delimiter and line breaks. */
export function parseSheet(text: string, delimiter: Delimiter): SheetResult {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const [first, ...data] = parsed.data;
  if (!first) return failed(phrase('problem.noRows'));
  const header = first.map((h) => h.trim());
  if (data.length === 0) return failed(phrase('problem.headerOnly'));
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    for (let c = 0; c < row.length; c++) {
      if (row[c].length > CELL_LIMIT) {
        return failed(phrase('problem.hugeCell', { row: r + 1, column: columnName(header, c), size: row[c].length }));
      }
    }
  }
  return { ok: true, sheet: { header, rows: data } };
}
