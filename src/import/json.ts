/** Keys that would reach an object's prototype if the data were ever merged into another object. */
const REFUSED = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

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
    return { ok: false, message: `The file is not valid JSON: ${(error as Error).message}` };
  }
  if (refused !== null) return { ok: false, message: `The file has a key named "${refused}", which is refused for safety. Remove it and load the file again.` };
  return { ok: true, value };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
