/** Limits on text fields, in UTF-16 code units: generous for journalism, far below what hurts a page. */
export const LIMITS = {
  id: 200,
  title: 300,
  label: 200,
  summary: 5_000,
  note: 5_000,
  passage: 20_000,
  url: 2_000,
  /** Items in one event's list of sources, actors or corrections. */
  list: 500,
} as const;

// Spaces, and the characters that draw nothing: soft hyphen, zero-width spaces and joiners, direction marks.
const INVISIBLE = /^[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text shows nothing to a reader: empty, spaces or zero-width characters only. */
export const isBlank = (text: string): boolean => INVISIBLE.test(text);

/** A lone surrogate is half a character; bundlers and encoders fail on it. */
export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

/** Keys that reach an object's prototype when copied or compiled into a literal. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Step {
  readonly node: unknown;
  readonly key: string | number | null;
  readonly parent: Step | null;
}

const pathOf = (step: Step | null): (string | number)[] => {
  const path: (string | number)[] = [];
  for (let s = step; s && s.key !== null; s = s.parent) path.unshift(s.key);
  return path;
};

/**
 * Paths to every forbidden key in a parsed JSON value. Walks with an explicit stack and
 * parent links, so a file nested a million levels deep neither overflows the call stack
 * nor copies a path per level.
 */
export function forbiddenKeyPaths(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const stack: Step[] = [{ node: value, key: null, parent: null }];
  while (stack.length) {
    const step = stack.pop() as Step;
    const { node } = step;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) stack.push({ node: node[i], key: i, parent: step });
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) found.push([...pathOf(step), key]);
      else stack.push({ node: (node as Record<string, unknown>)[key], key, parent: step });
    }
  }
  return found;
}
