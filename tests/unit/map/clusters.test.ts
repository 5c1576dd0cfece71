import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CLUSTER_RADIUS,
  EVENT_RADIUS,
  MAX_RING,
  OPEN_ZOOM,
  RING_TABLE,
  ZOOMS,
  clusterAtZoom,
  clusterLevels,
  ringSlot,
  worldPixel,
  type ClusterPoint,
  type ClusterSymbol,
} from '../../../src/map/clusters';

const point = (id: string, lon: number, lat: number, national = false): ClusterPoint => ({ id, place: { lon, lat }, national });

/** Every drawn disk at `zoom`: ring members each on their own, a cluster as one. */
function disks(symbols: readonly ClusterSymbol[], zoom: number) {
  return symbols.flatMap((s) => {
    const [x, y] = worldPixel(s.lon, s.lat, zoom);
    if (s.kind === 'cluster') return [{ x, y, r: CLUSTER_RADIUS }];
    return s.ids.map((_, i) => {
      const [dx, dy] = RING_TABLE[ringSlot(i, s.ids.length)];
      return { x: x + dx, y: y + dy, r: EVENT_RADIUS };
    });
  });
}

function overlaps(symbols: readonly ClusterSymbol[], zoom: number): number {
  const d = disks(symbols, zoom);
  let n = 0;
  for (let i = 0; i < d.length; i++) for (let j = i + 1; j < d.length; j++) if (Math.hypot(d[i].x - d[j].x, d[i].y - d[j].y) < d[i].r + d[j].r - 1e-6) n++;
  return n;
}

// Points in the Randstad and around, many of them sharing a spot.
const spot = fc.record({ lon: fc.double({ min: 3, max: 7, noNaN: true }), lat: fc.double({ min: 50.5, max: 53.5, noNaN: true }) });
const points = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.boolean()), { minLength: 1, maxLength: 60 })
  .chain((picks) =>
    fc.array(spot, { minLength: 16, maxLength: 16 }).map((spots) => picks.map(([k, national], i) => point(`e${i}`, spots[k].lon, spots[k].lat, national))),
  );

describe('worldPixel', () => {
  it('puts 0°, 0° in the middle of the world and doubles with each zoom', () => {
    expect(worldPixel(0, 0, 0)).toEqual([256, 256]);
    expect(worldPixel(180, 0, 1)[0]).toBe(1024);
  });
});

describe('ringSlot', () => {
  it('numbers every place on every ring once', () => {
    const slots = Array.from({ length: MAX_RING - 1 }, (_, k) => Array.from({ length: k + 2 }, (_, i) => ringSlot(i, k + 2))).flat();
    expect(slots).toEqual(Array.from({ length: RING_TABLE.length - 1 }, (_, i) => i + 1));
    expect(ringSlot(0, 1)).toBe(0);
  });
});

describe('clusterAtZoom', () => {
  it('leaves events far apart as they are', () => {
    const symbols = clusterAtZoom([point('amsterdam', 4.9, 52.37), point('warsaw', 21.01, 52.23)], 5);
    expect(symbols.map((s) => [s.kind, s.ids])).toEqual([
      ['spot', ['amsterdam']],
      ['spot', ['warsaw']],
    ]);
  });

  it('groups the Randstad at the opening zoom into a cluster on its busiest place', () => {
    const randstad = [
      point('zoetermeer', 4.4931, 52.0575),
      point('hague-1', 4.3007, 52.0705),
      point('hague-2', 4.3007, 52.0705),
      point('rotterdam', 4.4777, 51.9244),
    ];
    const [cluster, ...rest] = clusterAtZoom(randstad, 5);
    expect(rest).toEqual([]);
    expect(cluster).toMatchObject({ kind: 'cluster', lon: 4.3007, lat: 52.0705 });
    expect([...cluster.ids].sort()).toEqual(['hague-1', 'hague-2', 'rotterdam', 'zoetermeer']);
  });

  it('rings a few events at one spot, and clusters many', () => {
    const at = (n: number) => Array.from({ length: n }, (_, i) => point(`e${i}`, 5.47, 51.44));
    expect(clusterAtZoom(at(3), 10).map((s) => s.kind)).toEqual(['spot']);
    expect(clusterAtZoom(at(MAX_RING + 1), 10).map((s) => s.kind)).toEqual(['cluster']);
  });

  it('keeps a national spot apart, and names the country on a cluster it starts', () => {
    const nl = [point('nl-1', 5.5, 52.29, true), point('nl-2', 5.5, 52.29, true), point('utrecht', 5.12, 52.09)];
    expect(clusterAtZoom(nl, 7).map((s) => [s.kind, s.national, s.ids.length])).toEqual([
      ['spot', true, 2],
      ['spot', false, 1],
    ]);
    expect(clusterAtZoom(nl, 3)).toMatchObject([{ kind: 'cluster', national: true, lon: 5.5 }]);
  });

  it('draws no two symbols overlapping, at whole zooms and between them (property)', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: ZOOMS.min, max: ZOOMS.max }), fc.double({ min: 0, max: 0.999, noNaN: true }), (ps, z, dz) => {
        const symbols = clusterAtZoom(ps, z);
        expect(overlaps(symbols, z)).toBe(0);
        expect(overlaps(symbols, z + dz)).toBe(0);
      }),
    );
  });

  it('shows every event exactly once (property)', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: ZOOMS.min, max: ZOOMS.max }), (ps, z) => {
        const ids = clusterAtZoom(ps, z).flatMap((s) => s.ids);
        expect([...ids].sort()).toEqual(ps.map((p) => p.id).sort());
      }),
    );
  });
});

describe('clusterLevels', () => {
  it('gives at each whole zoom exactly the symbols clusterAtZoom places (property)', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const levels = clusterLevels(ps);
        for (let z = ZOOMS.min; z <= ZOOMS.max; z++) {
          const at = levels.filter((s) => s.zmin <= z && z < s.zmax).map(({ zmin, zmax, ...s }) => s);
          expect(new Set(at.map((s) => JSON.stringify(s)))).toEqual(new Set(clusterAtZoom(ps, z).map((s) => JSON.stringify(s))));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps what is drawn at the deepest zoom for every zoom beyond it', () => {
    const levels = clusterLevels([point('a', 4.9, 52.37), point('b', 4.48, 51.92)]);
    expect(levels.filter((s) => s.zmax === OPEN_ZOOM).map((s) => s.ids)).toEqual([['a'], ['b']]);
    expect(levels.find((s) => s.zmin === 0)?.kind).toBe('cluster');
  });
});
