import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { BASEMAP, shownAt } from '../../../../src/map/basemapLook';
import { planarContains, servedBasemap } from './landAndWater';

const basemap = servedBasemap();
const [west, south, east, north] = basemap.detailBox;
const inDetailBox = ([x, y]: Position) => x >= west && x <= east && y >= south && y <= north;

/** The land polygons the maps fill at a zoom: the coarse world, and from the detail zoom the detailed Europe inside its box. */
function landAt(zoom: number, point: Position): Feature[] {
  if (zoom >= BASEMAP.detailZoom && inDetailBox(point)) return basemap.europe.features;
  return basemap.world.features;
}

const landUnder = (zoom: number, point: Position, contains: (f: Feature, p: Position) => boolean) =>
  landAt(zoom, point)
    .filter((f) => contains(f, point))
    .map((f) => String(f.properties?.name));

const spherical = (f: Feature, p: Position) => geoContains(f, [p[0], p[1]]);
const water = (zoom: number, point: Position) => basemap.lakes.features.some((f) => shownAt(Number(f.properties?.minzoom), zoom) && planarContains(f, point));

const OCEAN: Record<string, Position> = {
  'North Atlantic': [-30, 45],
  'Norwegian Sea': [0, 70],
  'Irminger Sea': [-35, 62],
  'Fram Strait': [0, 80],
  'Denmark Strait': [-27, 66.5],
  'Beaufort Sea': [-140, 73],
  'Bering Sea': [-175, 58],
  'North Sea': [3, 55],
  'South Pacific': [-140, -30],
};
const LAND: Record<string, [Position, string]> = {
  Greenland: [[-40, 75], 'Greenland'],
  Siberia: [[100, 65], 'Russia'],
  Chukotka: [[-172, 66], 'Russia'],
  Iowa: [[-93, 42], 'United States'],
  Gelderland: [[5.9, 52.1], 'Netherlands'],
  Antarctica: [[0, -80], 'Antarctica'],
};
const ZOOMS = [1, 1.5, 2, 3, 4, 6];

describe('the served basemap', () => {
  // Rings that ran across the antimeridian filled bands across the Arctic and the North Atlantic.
  it('has no edge that runs across the antimeridian, which MapLibre would draw across the whole world', () => {
    // Along the poles, beyond what Web Mercator shows, such an edge is only the bottom of the map (Antarctica's).
    const acrossTheWorld = (a: Position, b: Position) => Math.abs(a[0] - b[0]) > 180 && Math.min(Math.abs(a[1]), Math.abs(b[1])) < 85;
    const crosses = (f: Feature) => {
      const g = f.geometry as Polygon | MultiPolygon;
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      return rings.some((r) => r.slice(1).some((p, i) => acrossTheWorld(r[i], p)));
    };
    const crossing = [...basemap.world.features, ...basemap.europe.features, ...basemap.lakes.features].filter(crosses);
    expect(crossing.map((f) => f.properties?.name)).toEqual([]);
  });

  it.each(Object.entries(OCEAN))('leaves the %s sea at every zoom, on the plane as MapLibre fills', (_, point) => {
    for (const zoom of ZOOMS) expect(landUnder(zoom, point, planarContains), `zoom ${zoom}`).toEqual([]);
  });

  it.each(Object.entries(OCEAN))('leaves the %s sea at every zoom, on the sphere as the static map fills', (_, point) => {
    for (const zoom of ZOOMS) expect(landUnder(zoom, point, spherical), `zoom ${zoom}`).toEqual([]);
  });

  it.each(Object.entries(LAND))('fills %s with its one country at every zoom', (_, [point, country]) => {
    for (const zoom of ZOOMS) {
      expect(landUnder(zoom, point, planarContains), `zoom ${zoom}`).toEqual([country]);
      expect(landUnder(zoom, point, spherical), `zoom ${zoom}`).toEqual([country]);
    }
  });

  it('draws the IJsselmeer and the Markermeer as water over the land of the Netherlands', () => {
    for (const point of [
      [5.4, 52.8], // IJsselmeer
      [5.25, 52.5], // Markermeer
    ]) {
      expect(landUnder(7, point, planarContains)).toEqual(['Netherlands']);
      for (const zoom of [3, 5, 7, 9]) expect(water(zoom, point), `zoom ${zoom}`).toBe(true);
    }
    expect(water(7, [5.9, 52.1])).toBe(false);
  });

  it('has the other large lakes of Europe', () => {
    const lakes = new Set(basemap.lakes.features.map((f) => f.properties?.name));
    for (const name of ['Lake Geneva', 'Bodensee', 'Lake Balaton', 'Vänern', 'Lake Ladoga']) expect(lakes).toContain(name);
    expect(water(6, [6.5, 46.45])).toBe(true); // Lake Geneva
  });

  it('shows the main Dutch rivers from the zoom a reader finds the way by them', () => {
    const shown = (zoom: number) => new Set(basemap.rivers.features.filter((f) => shownAt(Number(f.properties?.minzoom), zoom)).map((f) => f.properties?.name));
    for (const name of ['Rhine', 'Waal', 'Maas', 'Schelde', 'Elbe', 'IJssel']) {
      expect(shown(5), name).toContain(name);
      expect(shown(3), name).not.toContain(name);
    }
  });
});
