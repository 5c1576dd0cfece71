import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inBounds, offscreenGroups, type Bounds, type OffscreenGroup } from '../../../src/map/offscreen';

const NETHERLANDS: Bounds = { west: 2, south: 49, east: 14, north: 55 };
/** Around Fiji, across the antimeridian: west > east. */
const FIJI: Bounds = { west: 170, south: -25, east: -170, north: 5 };

const AMSTERDAM = { id: 'amsterdam', lon: 4.9, lat: 52.37 };
const TAIWAN = { id: 'taiwan', lon: 121, lat: 23.7 };
const WASHINGTON = { id: 'washington', lon: -77, lat: 38.9 };
const WARSAW = { id: 'warsaw', lon: 21, lat: 52.2 };
const OSLO = { id: 'oslo', lon: 10.75, lat: 59.9 };
const MADRID = { id: 'madrid', lon: -3.7, lat: 40.4 };

const directionOf = (groups: OffscreenGroup[], id: string) => groups.find((g) => g.ids.includes(id))?.direction;

/** True if a box holds a point, allowing for the box running past ±180 and for rounding. */
function holds([[w, s], [e, n]]: OffscreenGroup['bounds'], lon: number, lat: number): boolean {
  const eps = 1e-9;
  return [lon - 360, lon, lon + 360].some((l) => l >= w - eps && l <= e + eps) && lat >= s && lat <= n;
}

describe('inBounds', () => {
  it('checks a view that does not cross the antimeridian', () => {
    expect(inBounds(AMSTERDAM, NETHERLANDS)).toBe(true);
    expect(inBounds(WARSAW, NETHERLANDS)).toBe(false);
    expect(inBounds({ lon: 5, lat: 48.9 }, NETHERLANDS)).toBe(false);
  });

  it('checks a view across the antimeridian on both sides of it', () => {
    expect(inBounds({ lon: 178.4, lat: -18.1 }, FIJI)).toBe(true);
    expect(inBounds({ lon: -171.8, lat: -13.8 }, FIJI)).toBe(true);
    expect(inBounds({ lon: 0, lat: -13.8 }, FIJI)).toBe(false);
    expect(inBounds({ lon: -160, lat: -13.8 }, FIJI)).toBe(false);
  });

  it('takes every longitude in a view wider than the world', () => {
    expect(inBounds(TAIWAN, { west: -200, south: -80, east: 200, north: 80 })).toBe(true);
  });

  it("takes maplibre's unwrapped bounds across the antimeridian", () => {
    expect(inBounds({ lon: -171.8, lat: -13.8 }, { west: 170, south: -25, east: 190, north: 5 })).toBe(true);
  });
});

describe('offscreenGroups', () => {
  const groups = offscreenGroups([AMSTERDAM, TAIWAN, WASHINGTON, WARSAW, OSLO, MADRID], NETHERLANDS);

  it('points to each off-screen event the way it lies from a view over the Netherlands', () => {
    expect(['east', 'south-east']).toContain(directionOf(groups, 'taiwan'));
    expect(directionOf(groups, 'washington')).toBe('west');
    expect(directionOf(groups, 'warsaw')).toBe('east');
    expect(directionOf(groups, 'oslo')).toBe('north');
    expect(directionOf(groups, 'madrid')).toBe('south-west');
  });

  it('leaves events in view out, and groups the rest by direction', () => {
    expect(directionOf(groups, 'amsterdam')).toBeUndefined();
    expect(groups.flatMap((g) => g.ids).sort()).toEqual(['madrid', 'oslo', 'taiwan', 'warsaw', 'washington']);
    expect(new Set(groups.map((g) => g.direction)).size).toBe(groups.length);
  });

  it('gives each group a box holding the view and its events (property)', () => {
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -80, max: 80, noNaN: true });
    const view = fc
      .tuple(lon, lon, lat, lat)
      .map(([a, b, c, d]): Bounds => ({ west: Math.min(a, b), east: Math.max(a, b), south: Math.min(c, d), north: Math.max(c, d) }));
    const points = fc.array(fc.record({ lon, lat }), { maxLength: 12 }).map((ps) => ps.map((p, i) => ({ ...p, id: `p${i}` })));
    fc.assert(
      fc.property(view, points, (v, ps) => {
        const result = offscreenGroups(ps, v);
        expect(result.flatMap((g) => g.ids).sort()).toEqual(
          ps
            .filter((p) => !inBounds(p, v))
            .map((p) => p.id)
            .sort(),
        );
        for (const g of result) {
          expect(holds(g.bounds, v.west, v.south) && holds(g.bounds, v.east, v.north), g.direction).toBe(true);
          for (const id of g.ids) {
            const p = ps.find((q) => q.id === id);
            expect(p && holds(g.bounds, p.lon, p.lat)).toBe(true);
          }
        }
      }),
    );
  });

  it('points the right way from a view across the antimeridian', () => {
    const tahiti = { id: 'tahiti', lon: -149.4, lat: -17.7 };
    const brisbane = { id: 'brisbane', lon: 153, lat: -27.5 };
    const result = offscreenGroups([tahiti, brisbane], FIJI);
    expect(directionOf(result, 'tahiti')).toBe('east');
    expect(['west', 'south-west']).toContain(directionOf(result, 'brisbane'));
    for (const g of result) expect(holds(g.bounds, 170, -25) && holds(g.bounds, 190, 5)).toBe(true);
  });
});

describe('offscreenGroups at scale', () => {
  it('groups 200,000 points outside the view in linear time, without overflowing the stack', () => {
    const view = { west: 0, south: 40, east: 10, north: 50 };
    const points = Array.from({ length: 200_000 }, (_, i) => ({ id: String(i), lon: 20 + (i % 1000) / 100, lat: 44 + (i % 7) / 10 }));
    // Copying the group on every push made this take minutes, far past the test's time limit.
    const groups = offscreenGroups(points, view);
    expect(groups.map((g) => [g.direction, g.ids.length])).toEqual([['east', 200_000]]);
    const [[west, south], [east, north]] = groups[0].bounds;
    expect([west, south, north]).toEqual([0, 40, 50]);
    expect(east).toBeCloseTo(29.99, 6);
  });
});
