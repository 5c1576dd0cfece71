import type { Problem, ProblemKind } from '../story/problem';

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

export function problemAt(where: Where, field: string, value: unknown, kind: ProblemKind, severity: Problem['severity'], message: string): Problem {
  return { row: where.row, id: where.id, field, value: problemValue(value), message, kind, severity };
}

/** A problem with the file as a whole. */
export function fileProblem(message: string): Problem {
  return { row: null, id: null, field: '', value: null, message, kind: 'file', severity: 'error' };
}
