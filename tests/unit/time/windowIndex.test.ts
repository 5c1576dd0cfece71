import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexOf, windowIndex, type Timed } from '../../../src/time/windowIndex';
import { overlapsWindow } from '../../../src/time/window';

const DAY = 86_400_000;
const item = (id: string, min: number, max: number) => ({ id, time: { min, max } });

/** Items sorted by start, as a story's events are: short spans, some spans of years, and open ends. */
const sortedItems = fc
  .array(
    fc.record({
      min: fc.integer({ min: -1000, max: 1000 }),
      span: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3000 }), fc.constant(Infinity)),
    }),
    { maxLength: 80 },
  )
  .map((rows) => rows.map(({ min, span }) => ({ min: min * DAY, max: min * DAY + span * DAY })).sort((a, b) => a.min - b.min))
  .map((rows) => rows.map((r, i) => item(String(i), r.min, r.max)));

const windows = fc
  .tuple(fc.integer({ min: -1200, max: 1200 }), fc.integer({ min: 0, max: 800 }))
  .map(([start, length]) => ({ start: start * DAY, end: (start + length) * DAY }));

const naive = (items: readonly Timed[], w: { start: number; end: number }) => items.filter((e) => overlapsWindow(e.time, w));

describe('windowIndex', () => {
  it('windowIndex(items).inWindow(w) is what a scan finds, in list order', () => {
    fc.assert(
      fc.property(sortedItems, windows, (items, w) => {
        expect(windowIndex(items)?.inWindow(w)).toEqual(naive(items, w));
      }),
    );
  });

  it('windowIndex(items).countInWindow(w) counts what a scan finds', () => {
    fc.assert(
      fc.property(sortedItems, windows, (items, w) => {
        expect(windowIndex(items)?.countInWindow(w)).toBe(naive(items, w).length);
      }),
    );
  });

  it('windowIndex(items) with no window holds every item', () => {
    const items = [item('a', 0, DAY), item('b', DAY, 2 * DAY)];
    expect(windowIndex(items)?.inWindow(null)).toEqual(items);
    expect(windowIndex(items)?.countInWindow(null)).toBe(2);
  });

  it('windowIndex(items) is null for items not sorted by start', () => {
    expect(windowIndex([item('b', DAY, DAY), item('a', 0, 0)])).toBeNull();
  });

  it('indexOf(items) builds one index per list', () => {
    const items = [item('a', 0, DAY)];
    expect(indexOf(items)).toBe(indexOf(items));
  });
});
