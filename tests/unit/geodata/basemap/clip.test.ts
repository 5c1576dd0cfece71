import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipLines, clipPolygons, cutAtAntimeridian } from '../../../../geodata/basemap/clip.mjs';
import { DETAIL_BOX } from '../../../../geodata/basemap/detail-box.mjs';
import { buildTopology } from '../../../../geodata/basemap/topology.mjs';
import { featuresOf, planarContains } from './landAndWater';

const polygon = (g: Polygon | MultiPolygon | null) => ({ type: 'Feature' as const, properties: {}, geometry: g as Polygon | MultiPolygon });
const ringsOf = (g: Polygon | MultiPolygon | null) => (g === null ? [] : g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
/** A box as d3 winds an exterior ring: clockwise on the map. */
const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west, north],
      [east, north],
      [east, south],
      [west, south],
    ],
  ],
});

const committedWater = JSON.parse(readFileSync(new URL('../../../../geodata/basemap/natural-earth.topo.json', import.meta.url), 'utf8')) as Topology;
const IJSSELMEER: Position = [5.4, 52.8];
const MARKERMEER: Position = [5.25, 52.5];

describe('cutAtAntimeridian', () => {
  it('cuts a ring across ±180° into pieces on either side, so the plane between stays empty', () => {
    // Chukotka-like: from 170°E to 170°W, written running across the antimeridian.
    const across: Polygon = box(170, 60, 190, 70);
    across.coordinates[0] = across.coordinates[0].map(([x, y]) => [x > 180 ? x - 360 : x, y]);
    const cut = polygon(cutAtAntimeridian(across));
    expect(planarContains(cut, [175, 65])).toBe(true);
    expect(planarContains(cut, [-175, 65])).toBe(true);
    expect(planarContains(cut, [0, 65])).toBe(false);
    for (const ring of ringsOf(cut.geometry)) for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThanOrEqual(180);
  });

  it('cuts any box across the antimeridian without filling the far side (property)', () => {
    // d3 reads edges as great circles: boxes this small stay close to their lon/lat outline.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: -70, max: 60 }), (w, e, south) => {
        const g = box(180 - w, south, 180 + e, south + 10);
        g.coordinates[0] = g.coordinates[0].map(([x, y]) => [x > 180 ? x - 360 : x, y]);
        const cut = polygon(cutAtAntimeridian(g));
        expect(planarContains(cut, [180 - w / 2, south + 5])).toBe(true);
        expect(planarContains(cut, [-180 + e / 2, south + 5])).toBe(true);
        expect(planarContains(cut, [0, south + 5])).toBe(false);
      }),
    );
  });

  it('keeps a ring wound the wrong way as the small island it is, not the rest of the world', () => {
    const reversed = box(73, 4, 73.01, 4.01);
    reversed.coordinates[0].reverse();
    const cut = polygon(cutAtAntimeridian(reversed));
    expect(planarContains(cut, [73.005, 4.005])).toBe(true);
    expect(planarContains(cut, [5, 52])).toBe(false);
  });
});

describe('clipPolygons', () => {
  it('keeps the part inside the box, closed along its frame', () => {
    const clipped = clipPolygons(box(0, 0, 10, 10), [5, -5, 15, 5]);
    expect(clipped?.type).toBe('Polygon');
    const f = polygon(clipped);
    expect(planarContains(f, [7, 2])).toBe(true);
    expect(planarContains(f, [2, 2])).toBe(false);
    expect(planarContains(f, [7, 7])).toBe(false);
  });

  it('leaves nothing for a polygon outside the box', () => {
    expect(clipPolygons(box(20, 20, 30, 30), [0, 0, 10, 10])).toBeNull();
  });
});

describe('clipLines', () => {
  it('keeps the parts of a line inside the box', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [10, 10],
        [20, 0],
      ],
    };
    expect(clipLines(line, [5, 0, 15, 20])).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [5, 5],
          [10, 10],
          [15, 5],
        ],
      ],
    });
    expect(clipLines(line, [30, 0, 40, 10])).toBeNull();
  });
});

describe('clipping and simplifying the IJsselmeer', () => {
  const lake = featuresOf(committedWater, 'lakes').find((f) => f.properties?.name === 'IJsselmeer');

  it('is in the committed Natural Earth extract, with the Markermeer', () => {
    expect(lake).toBeDefined();
    expect(planarContains(lake!, IJSSELMEER)).toBe(true);
    expect(planarContains(lake!, MARKERMEER)).toBe(true);
  });

  it('keeps both waters when clipped to a box through them and simplified for every zoom', () => {
    const clipped = clipPolygons(lake!.geometry as Polygon | MultiPolygon, [5, 52.4, 5.6, 53.2]);
    const lakes: FeatureCollection = { type: 'FeatureCollection', features: [polygon(clipped)] };
    for (const zooms of [
      { detail: 9, world: 7 },
      { detail: 5, world: 5 },
    ]) {
      const [built] = featuresOf(buildTopology({ lakes }, DETAIL_BOX, zooms), 'lakes');
      expect(planarContains(built, IJSSELMEER), `simplified for zoom ${zooms.detail}`).toBe(true);
      expect(planarContains(built, MARKERMEER), `simplified for zoom ${zooms.detail}`).toBe(true);
    }
  });

  it('simplifies harder for a farther look', () => {
    const lakes: FeatureCollection = { type: 'FeatureCollection', features: [lake!] };
    const points = (zoom: number) =>
      ringsOf(featuresOf(buildTopology({ lakes }, DETAIL_BOX, { detail: zoom, world: zoom }), 'lakes')[0].geometry as Polygon).flat().length;
    expect(points(4)).toBeLessThan(points(6));
  });
});
