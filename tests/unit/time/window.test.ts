import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlapsWindow } from '../../../src/time/window';

describe('overlapsWindow', () => {
  it('shows everything when there is no window', () => {
    expect(overlapsWindow({ min: 0, max: 1 }, null)).toBe(true);
  });

  it('counts touching ends as overlapping', () => {
    expect(overlapsWindow({ min: 0, max: 10 }, { start: 10, end: 20 })).toBe(true);
    expect(overlapsWindow({ min: 20, max: 30 }, { start: 10, end: 20 })).toBe(true);
  });

  it('is false for spans wholly before or after the window', () => {
    expect(overlapsWindow({ min: 0, max: 9 }, { start: 10, end: 20 })).toBe(false);
    expect(overlapsWindow({ min: 21, max: 30 }, { start: 10, end: 20 })).toBe(false);
  });

  it('is true for spans that cover or sit inside the window', () => {
    expect(overlapsWindow({ min: 0, max: 30 }, { start: 10, end: 20 })).toBe(true);
    expect(overlapsWindow({ min: 12, max: 18 }, { start: 10, end: 20 })).toBe(true);
  });

  it('is true exactly when the span and the window share an instant (property)', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(span, span, ([min, max], [start, end]) => {
        const shared = Math.max(min, start) <= Math.min(max, end);
        expect(overlapsWindow({ min, max }, { start, end })).toBe(shared);
      }),
    );
  });
});
