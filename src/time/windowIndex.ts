import { bisector } from 'd3-array';
import type { Millis } from './edtf';
import type { TimeWindow } from './window';

/** What the index needs of an event: its earliest and latest possible moment. */
export interface Timed {
  readonly time: { readonly min: Millis; readonly max: Millis };
}

/** Spans longer than this are kept apart and checked one by one; shorter ones are found by bisection. */
const SHORT_SPAN: Millis = 400 * 86_400_000;

/**
 * Finds the items of a list sorted by start (time.min) that overlap a window, in list order,
 * without scanning the list: a scrub step at 100,000 events costs what the window holds.
 */
export interface WindowIndex<T extends Timed> {
  readonly items: readonly T[];
  inWindow(window: TimeWindow | null): T[];
  countInWindow(window: TimeWindow | null): number;
}

const byValue = bisector((v: number) => v);

function lowerBound(values: Float64Array, x: number): number {
  return byValue.left(values as unknown as number[], x);
}
function upperBound(values: Float64Array, x: number): number {
  return byValue.right(values as unknown as number[], x);
}

/** Null if `items` is not sorted by time.min: the caller then scans. */
export function windowIndex<T extends Timed>(items: readonly T[]): WindowIndex<T> | null {
  const n = items.length;
  const mins = new Float64Array(n);
  const maxima = new Float64Array(n);
  const long: number[] = [];
  for (let i = 0; i < n; i++) {
    const { min, max } = items[i].time;
    if (i > 0 && min < mins[i - 1]) return null;
    mins[i] = min;
    maxima[i] = max;
    if (!(max - min <= SHORT_SPAN)) long.push(i);
  }
  const sortedMax = Float64Array.from(maxima).sort();
  return {
    items,
    countInWindow(window) {
      if (!window) return n;
      // Every item with max < start also has min < start ≤ end: a subset of the first term.
      return Math.max(0, upperBound(mins, window.end) - lowerBound(sortedMax, window.start));
    },
    inWindow(window) {
      if (!window) return [...items];
      const { start, end } = window;
      const hi = upperBound(mins, end);
      // A short item that ends at or after start began at most SHORT_SPAN before it.
      const from = lowerBound(mins, start - SHORT_SPAN);
      const out: T[] = [];
      // Long items that began before `from` come first in list order; the range checks every item in it.
      for (const i of long) if (i < from && maxima[i] >= start) out.push(items[i]);
      for (let i = from; i < hi; i++) if (maxima[i] >= start) out.push(items[i]);
      return out;
    },
  };
}

const cache = new WeakMap<readonly Timed[], WindowIndex<Timed> | null>();

/** The index of `items`, made on first use and kept as long as the list lives. */
export function indexOf<T extends Timed>(items: readonly T[]): WindowIndex<T> | null {
  if (!cache.has(items)) cache.set(items, windowIndex(items));
  return cache.get(items) as WindowIndex<T> | null;
}
