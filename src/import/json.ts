/** Keys that would reach an object's prototype if the data were ever merged into another object. */
const REFUSED = new Set(['__proto__', 'constructor', 'prototype']);
import { failed, phrase, type Phrase } from '../i18n/phrase';

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string; phrase: Phrase };

/** JSON.parse that refuses prototype keys anywhere in the data. */
export function parseJson(text: string): JsonResult {
  let refused: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, function (key, v: unknown) {
      if (REFUSED.has(key)) refused ??= key;
      return v;
    });
  } catch (error) {
    return failed(phrase('problem.badJson', { why: (error as Error).message }));
  }
  if (refused !== null) return failed(phrase('problem.refusedKey', { key: refused }));
  return { ok: true, value };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
