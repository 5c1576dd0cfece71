import type { AppState } from './store';

/**
 * A selector that recomputes only when one of its inputs changes identity; it remembers
 * its last inputs and result, which is enough for one store read by many components.
 */
export function selector<I extends readonly unknown[], R>(inputs: (s: AppState) => I, compute: (...inputs: [...I]) => R): (s: AppState) => R {
  let last: I | null = null;
  let result: R;
  return (s) => {
    const next = inputs(s);
    if (last === null || next.some((value, i) => !Object.is(value, (last as I)[i]))) {
      result = compute(...(next as [...I]));
      last = next;
    }
    return result;
  };
}
