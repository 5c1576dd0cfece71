import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { densityCells } from '../../../src/map/staticDensity';

describe('densityCells', () => {
  it('densityCells(points, size) puts points of one cell together, at their mean, with the commonest category', () => {
    const cells = densityCells(
      [
        { x: 1, y: 1, category: 'a' },
        { x: 3, y: 5, category: 'b' },
        { x: 5, y: 3, category: 'b' },
        { x: 15, y: 1, category: 'a' },
      ],
      10,
    );
    expect(cells).toEqual([
      { x: 3, y: 3, count: 3, category: 'b' },
      { x: 15, y: 1, count: 1, category: 'a' },
    ]);
  });

  it('densityCells(points, size) counts every point once, and no two cells share a square', () => {
    const point = fc.record({
      x: fc.double({ min: 0, max: 500, noNaN: true }),
      y: fc.double({ min: 0, max: 500, noNaN: true }),
      category: fc.constantFrom('a', 'b'),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (points, size) => {
        const cells = densityCells(points, size);
        expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(points.length);
        const squares = cells.map((c) => `${Math.floor(c.x / size)},${Math.floor(c.y / size)}`);
        expect(new Set(squares).size).toBe(cells.length);
      }),
    );
  });
});
