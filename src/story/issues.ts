import type { z } from 'zod';
import type { Problem, ProblemKind } from './problem';

/** Turns zod's issues and other findings into the problems every report lists. */

const VALUE_LIMIT = 200;

/** The value as text for a report: at most 200 characters, never a broken character at the cut. */
export function valueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'object') {
    try {
      text = JSON.stringify(value).slice(0, VALUE_LIMIT + 1);
    } catch {
      text = String(value);
    }
  } else text = String(value);
  if (text.length <= VALUE_LIMIT) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[VALUE_LIMIT - 2]) ? VALUE_LIMIT - 2 : VALUE_LIMIT - 1;
  return `${text.slice(0, cut)}…`;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const KIND_OF_FIELD: Record<string, ProblemKind> = { id: 'id', title: 'title', date: 'date', place: 'place', category: 'category' };

export const kindOfField = (field: PropertyKey | undefined): ProblemKind =>
  (typeof field === 'string' && Object.hasOwn(KIND_OF_FIELD, field) ? KIND_OF_FIELD[field] : undefined) ?? 'field';

/** zod says "Invalid input: expected string, received undefined"; a reader wants "is missing". */
function messageOf(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is missing';
  return issue.message;
}

export interface Where {
  /** The row (or feature, or event number) to report, or null for the story as a whole. */
  readonly row: number | null;
  readonly id: string | null;
  /** Path of the checked object within the file, put before each issue's own path. */
  readonly prefix: readonly (string | number)[];
  readonly kind?: ProblemKind;
  readonly severity: Problem['severity'];
}

export function issueProblems(issues: readonly z.core.$ZodIssue[], input: unknown, where: Where): Problem[] {
  return issues.map((issue) => {
    const value = valueAt(input, issue.path);
    return {
      row: where.row,
      id: where.id,
      field: [...where.prefix, ...issue.path].map(String).join('.'),
      value: valueText(value),
      message: messageOf(issue, value),
      kind: where.kind ?? kindOfField(issue.path[0]),
      severity: where.severity,
    };
  });
}

/** The id an invalid object claims, if it is a string at all. */
export const claimedId = (value: unknown, key = 'id'): string | null => {
  const id = valueAt(value, [key]);
  return typeof id === 'string' ? (valueText(id) ?? '') : null;
};
