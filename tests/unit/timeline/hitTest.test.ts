import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markAt, TOUCH_RADIUS, type MarkBox } from '../../../src/timeline/hitTest';
import type { MarkLayout } from '../../../src/timeline/layout';

const mark = (id: string, x0: number, x1: number): MarkLayout => ({
  id,
  category: 'c',
  lane: 0,
  row: 0,
  x0,
  x1,
  solid0: x0,
  solid1: x1,
  isPoint: x1 - x0 <= 12,
});
const box = (id: string, x0: number, top: number): MarkBox => ({ mark: mark(id, x0, x0 + 12), top, height: 8 });

describe('markAt', () => {
  it('picks a mark a finger lands on', () => {
    expect(markAt([box('a', 100, 0)], 106, 4)?.id).toBe('a');
  });

  it('gives a thin mark a 44 px target: 22 px either side still hits it', () => {
    expect(markAt([box('a', 100, 0)], 106, 4 + 4 + 21)?.id).toBe('a');
    expect(markAt([box('a', 100, 0)], 100 - 21, 4)?.id).toBe('a');
    expect(markAt([box('a', 100, 0)], 106, 4 + 4 + 23)).toBeNull();
  });

  it('picks the nearest of marks packed closer than a finger', () => {
    const packed = [box('a', 100, 0), box('b', 100, 8), box('c', 100, 16)];
    expect(markAt(packed, 106, 12)?.id).toBe('b');
    expect(markAt(packed, 106, 22)?.id).toBe('c');
  });

  it('returns a mark whose box is within the radius, and the nearest one, for any tap', () => {
    const boxes = fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), top: fc.integer({ min: 0, max: 120 }) }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(boxes, fc.integer({ min: -30, max: 330 }), fc.integer({ min: -30, max: 150 }), (specs, x, y) => {
        const all = specs.map((s, i) => box(String(i), s.x, s.top));
        const distance = (b: MarkBox) => Math.hypot(Math.max(b.mark.x0 - x, 0, x - b.mark.x1), Math.max(b.top - y, 0, y - b.top - b.height));
        const hit = markAt(all, x, y);
        const nearest = Math.min(...all.map(distance));
        if (nearest > TOUCH_RADIUS) return hit === null;
        return hit !== null && distance(all.find((b) => b.mark === hit) as MarkBox) === nearest;
      }),
    );
  });
});
