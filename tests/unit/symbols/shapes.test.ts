import { describe, expect, it } from 'vitest';
import { shapePath, shapeVertices } from '../../../src/symbols/shapes';
import { SHAPES } from '../../../src/symbols/palette';

const POLYGONS = SHAPES.filter((s) => s !== 'circle');

/** Twice the signed area; positive when the vertices run clockwise on screen (y down). */
const signedArea = (vs: [number, number][]) => vs.reduce((sum, [x, y], i) => sum + x * vs[(i + 1) % vs.length][1] - vs[(i + 1) % vs.length][0] * y, 0);

describe('shapeVertices', () => {
  it('has no vertices for a circle and at least three for every other shape', () => {
    expect(shapeVertices('circle')).toEqual([]);
    for (const shape of POLYGONS) expect(shapeVertices(shape).length, shape).toBeGreaterThanOrEqual(3);
  });

  it('keeps every shape within radius 1.2 and reaching at least 0.9, so sizes match', () => {
    for (const shape of POLYGONS) {
      const radii = shapeVertices(shape).map(([x, y]) => Math.hypot(x, y));
      expect(Math.max(...radii), shape).toBeLessThanOrEqual(1.2);
      expect(Math.max(...radii), shape).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('runs clockwise on screen from the top', () => {
    for (const shape of POLYGONS) {
      const vs = shapeVertices(shape);
      expect(signedArea(vs), shape).toBeGreaterThan(0);
      expect(vs[0][1], shape).toBeLessThan(0);
    }
  });

  it('gives a diamond its four points', () => {
    expect(shapeVertices('diamond').map(([x, y]) => [Math.round(x), Math.round(y)])).toEqual([
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ]);
  });
});

describe('shapePath', () => {
  it('draws a circle of radius r as two closed arcs', () => {
    expect(shapePath('circle', 8)).toBe('M8,0A8,8 0 1,1 -8,0A8,8 0 1,1 8,0Z');
  });

  it('draws each polygon as one closed path through its vertices, scaled by r', () => {
    for (const shape of POLYGONS) {
      const path = shapePath(shape, 10);
      expect(path, shape).toMatch(/^M[-\d.,L]+Z$/);
      expect(path.split('L'), shape).toHaveLength(shapeVertices(shape).length);
    }
    expect(shapePath('diamond', 10)).toBe('M0.00,-10.00L10.00,0.00L0.00,10.00L-10.00,0.00Z');
  });

  it('draws a different outline for every shape', () => {
    expect(new Set(SHAPES.map((s) => shapePath(s, 10))).size).toBe(SHAPES.length);
  });
});
