import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { MAIN_RIVER_ZOOM, minZoomOf, selectLakes, selectPlaces, selectRivers } from '../../../../geodata/basemap/natural-earth.mjs';

const BOX = [-11, 34, 33, 62] as const;
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const feature = (properties: Record<string, unknown>, geometry: Geometry): Feature => ({ type: 'Feature', properties, geometry });
const square = (x: number, y: number, size = 0.2): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});
const line = (...points: [number, number][]): Geometry => ({ type: 'LineString', coordinates: points });

describe('minZoomOf', () => {
  it("is one zoom below Natural Earth's, whose tiles are half as wide as MapLibre's", () => {
    expect(minZoomOf({ min_zoom: 7 })).toBe(6);
    expect(minZoomOf({ min_zoom: 3.7 })).toBe(2.7);
    expect(minZoomOf({ min_zoom: 0 })).toBe(0);
  });
});

describe('selectLakes', () => {
  const lakes = collection(
    feature({ name: 'IJsselmeer', min_zoom: 2 }, square(5.2, 52.4)),
    feature({ name: 'Small Dutch lake', min_zoom: 7 }, square(6, 52)),
    feature({ name: 'Great Slave Lake', min_zoom: 1 }, square(-114, 61.5)),
    feature({ name: 'Small Canadian lake', min_zoom: 4 }, square(-100, 55)),
  );

  it('keeps the large lakes of the world and more of those in the detail box, with their MapLibre minzoom', () => {
    expect(selectLakes(lakes, BOX).map((f) => [f.properties?.name, f.properties?.minzoom])).toEqual([
      ['IJsselmeer', 1],
      ['Great Slave Lake', 0],
    ]);
  });

  it('clips a lake at the edge of the detail box to it', () => {
    const edge = selectLakes(collection(feature({ name: 'Edge', min_zoom: 2 }, square(32.9, 50, 1))), BOX)[0];
    const xs = (edge.geometry as { coordinates: number[][][] }).coordinates[0].map(([x]) => x);
    expect(Math.max(...xs)).toBe(33);
  });
});

describe('selectRivers', () => {
  const rivers = collection(
    feature({ name: 'Maas', min_zoom: 7 }, line([5.7, 50.8], [5.9, 51.8])),
    feature({ name: 'Danube', min_zoom: 2.1 }, line([10, 48], [20, 47])),
    feature({ name: 'Minor', min_zoom: 7 }, line([6, 50], [7, 51])),
    feature({ name: 'Mississippi', min_zoom: 2 }, line([-90, 40], [-91, 35])),
  );

  it('keeps the main Dutch rivers from their zoom, the large ones by theirs, and only inside the detail box', () => {
    expect(selectRivers(rivers, BOX).map((f) => [f.properties?.name, f.properties?.minzoom])).toEqual([
      ['Maas', MAIN_RIVER_ZOOM],
      ['Danube', 1.1],
    ]);
  });
});

describe('selectPlaces', () => {
  const place = (NAME: string, min_zoom: number, coordinates: [number, number]) => feature({ NAME, min_zoom }, { type: 'Point', coordinates });

  it('keeps the bigger places of the world and more of Europe, most important first, rounded to about 10 m', () => {
    const places = collection(
      place('Eindhoven', 7, [5.46971234, 51.44161234]),
      place('Utrecht', 5.1, [5.12, 52.09]),
      place('Washington, D.C.', 2.1, [-77.01, 38.9]),
      place('Myrtle Beach', 6, [-78.89, 33.69]),
    );
    expect(selectPlaces(places, BOX)).toEqual([
      ['Washington, D.C.', -77.01, 38.9, 1.1],
      ['Utrecht', 5.12, 52.09, 4.1],
    ]);
  });
});
