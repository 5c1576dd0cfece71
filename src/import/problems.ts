import type { Problem, ProblemKind } from '../story/problem';
import { english, type Phrase } from '../i18n/phrase';

const VALUE_LIMIT = 200;

/** The offending value as the report shows it: text, at most 200 characters. */
export function problemValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT - 1)}…` : text;
}

interface Where {
  readonly row: number | null;
  readonly id: string | null;
}

export function problemAt(where: Where, field: string, value: unknown, kind: ProblemKind, severity: Problem['severity'], phrase: Phrase): Problem {
  return { row: where.row, id: where.id, field, value: problemValue(value), message: english(phrase), phrase, kind, severity };
}

/** A problem with the file as a whole. */
export function fileProblem(phrase: Phrase): Problem {
  return { row: null, id: null, field: '', value: null, message: english(phrase), phrase, kind: 'file', severity: 'error' };
}
