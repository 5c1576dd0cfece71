import type { z } from 'zod';
import type { Problem, ProblemKind } from './problem';
import { english, isPhrase, phrase, type Phrase } from '../i18n/phrase';
import { en, type MessageKey } from '../i18n/messages';

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

/** The schema's own messages (schema.ts) are the English of these; the report words them in the reader's language. */
const SCHEMA_MESSAGES: ReadonlyMap<string, MessageKey> = new Map(
  (['problem.blank', 'problem.loneSurrogate', 'problem.slug', 'problem.countryCode'] as const).map((key) => [en[key], key]),
);

/** zod says "Invalid input: expected string, received undefined"; a reader wants "is missing". */
function phraseOf(issue: z.core.$ZodIssue, value: unknown): Phrase {
  if (issue.code === 'invalid_type' && value === undefined) return phrase('problem.missing');
  if (issue.code === 'custom' && isPhrase(issue.params?.phrase)) return issue.params.phrase;
  if (issue.code === 'too_big' && issue.origin === 'string') return phrase('problem.tooLong', { max: String(issue.maximum) });
  const key = SCHEMA_MESSAGES.get(issue.message);
  // zod's own words for anything else come as they are.
  return key ? { key } : phrase('problem.text', { text: issue.message });
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
    const said = phraseOf(issue, value);
    return {
      row: where.row,
      id: where.id,
      field: [...where.prefix, ...issue.path].map(String).join('.'),
      value: valueText(value),
      message: english(said),
      phrase: said,
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
