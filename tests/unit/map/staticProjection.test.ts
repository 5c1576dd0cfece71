import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import {
  byZoom,
  fitBox,
  inView,
  labelSpots,
  MAX_ZOOM,
  mercatorForView,
  mercatorScale,
  placeEvents,
  placeLabels,
  visiblePlaces,
  wrapWords,
  zoomBy,
  type GeoBox,
} from '../../../src/map/staticProjection';

const AMSTERDAM = [4.9041, 52.3676] as [number, number];
const ROTTERDAM = [4.4777, 51.9244] as [number, number];
const HOME: GeoBox = [
  [-0.9, 49.2],
  [14.2, 54.2],
];
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('mercatorScale', () => {
  it('makes the world 512 px wide at zoom 0 and doubles per zoom level', () => {
    expect(2 * Math.PI * mercatorScale(0)).toBeCloseTo(512);
    expect(mercatorScale(6) / mercatorScale(5)).toBeCloseTo(2);
  });
});

describe('mercatorForView', () => {
  it('puts the centre of the view at the centre of the box', () => {
    const [x, y] = mercatorForView({ center: AMSTERDAM, zoom: 7 }, 800, 600)(AMSTERDAM) ?? [NaN, NaN];
    expect(x).toBeCloseTo(400);
    expect(y).toBeCloseTo(300);
  });

  it('puts Rotterdam south-west of Amsterdam, north up', () => {
    const project = mercatorForView({ center: AMSTERDAM, zoom: 7 }, 800, 600);
    const [ax, ay] = project(AMSTERDAM) ?? [NaN, NaN];
    const [rx, ry] = project(ROTTERDAM) ?? [NaN, NaN];
    expect(rx).toBeLessThan(ax);
    expect(ry).toBeGreaterThan(ay);
  });

  it('doubles distances on screen for one zoom level more', () => {
    const at = (zoom: number) => {
      const project = mercatorForView({ center: AMSTERDAM, zoom }, 800, 600);
      return distance(project(AMSTERDAM) ?? [], project(ROTTERDAM) ?? []);
    };
    expect(at(8) / at(7)).toBeCloseTo(2);
  });

  it('matches MapLibre: at zoom 0 the world is 512 px wide and the equator is a straight line', () => {
    const project = mercatorForView({ center: [0, 0], zoom: 0 }, 1024, 1024);
    expect(project([180, 0])?.[0]).toBeCloseTo(512 + 256);
    expect(project([-180, 0])?.[0]).toBeCloseTo(512 - 256);
    expect(project([90, 0])?.[1]).toBeCloseTo(512);
  });

  it('clips drawing to the box', () => {
    expect(mercatorForView({ center: AMSTERDAM, zoom: 7 }, 800, 600).clipExtent()).toEqual([
      [0, 0],
      [800, 600],
    ]);
  });
});

describe('fitBox', () => {
  it('fits the box inside the padding at the scale d3 fitExtent finds, centred', () => {
    const view = fitBox(HOME, 1000, 600, 20);
    const project = mercatorForView(view, 1000, 600);
    const [x0, y0] = project([HOME[0][0], HOME[1][1]]) ?? [NaN, NaN];
    const [x1, y1] = project([HOME[1][0], HOME[0][1]]) ?? [NaN, NaN];
    const d3 = geoMercator().fitExtent(
      [
        [20, 20],
        [980, 580],
      ],
      { type: 'MultiPoint', coordinates: [...HOME].map(([lon, lat]) => [lon, lat]) },
    );
    expect(project.scale()).toBeCloseTo(d3.scale(), 6);
    // This box is wider than the frame in proportion, so it touches left and right.
    expect(x0).toBeCloseTo(20);
    expect(x1).toBeCloseTo(980);
    expect(y0).toBeGreaterThan(20);
    expect(y1).toBeLessThan(580);
    expect((y0 + y1) / 2).toBeCloseTo(300);
  });

  it('touches top and bottom when the frame is wider than the box in proportion', () => {
    const project = mercatorForView(fitBox(HOME, 1000, 300, 20), 1000, 300);
    expect(project([HOME[0][0], HOME[1][1]])?.[1]).toBeCloseTo(20);
    expect(project([HOME[1][0], HOME[0][1]])?.[1]).toBeCloseTo(280);
  });

  it('keeps the box centred in Mercator space, not halfway in latitude', () => {
    const { center } = fitBox(HOME, 1000, 600);
    expect(center[0]).toBeCloseTo(6.65);
    expect(center[1]).toBeGreaterThan((49.2 + 54.2) / 2);
  });

  it('stops at the highest zoom for a single point', () => {
    expect(fitBox([AMSTERDAM, AMSTERDAM], 800, 600)).toEqual({ center: AMSTERDAM, zoom: MAX_ZOOM });
  });
});

describe('zoomBy', () => {
  it('keeps the centre and stays within the zoom range', () => {
    expect(zoomBy({ center: AMSTERDAM, zoom: 5 }, 1)).toEqual({ center: AMSTERDAM, zoom: 6 });
    expect(zoomBy({ center: AMSTERDAM, zoom: 10.5 }, 1).zoom).toBe(MAX_ZOOM);
    expect(zoomBy({ center: AMSTERDAM, zoom: 0.5 }, -1).zoom).toBe(0);
  });
});

describe('byZoom', () => {
  it('interpolates between the stops and holds outside them', () => {
    const stops = [
      [3, 11],
      [9, 14],
    ] as const;
    expect(byZoom(6, stops)).toBe(12.5);
    expect(byZoom(1, stops)).toBe(11);
    expect(byZoom(12, stops)).toBe(14);
  });
});

describe('visiblePlaces', () => {
  const place = (name: string, kind: string, minzoom: number) => ({
    type: 'Feature' as const,
    properties: { name, kind, minzoom },
    geometry: { type: 'Point' as const, coordinates: [0, 0] },
  });
  const places: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      place('Delft', 'city', 6.5),
      place('Amsterdam', 'city', 1),
      place('Rotterdam', 'city', 3.5),
      place('Netherlands', 'country', 3.5),
      place('Germany', 'country', 1),
    ],
  };
  const names = (zoom: number) => visiblePlaces(places, zoom).map((p) => p.name);

  it('shows more places as the zoom grows, the earliest first, a city before a country from the same zoom', () => {
    expect(names(2)).toEqual(['Amsterdam', 'Germany']);
    expect(names(4)).toEqual(['Amsterdam', 'Germany', 'Rotterdam', 'Netherlands']);
    expect(names(7)).toEqual(['Amsterdam', 'Germany', 'Rotterdam', 'Netherlands', 'Delft']);
  });

  it("shows a place from its tile's whole zoom, as MapLibre filters it", () => {
    expect(names(3.9)).toEqual(['Amsterdam', 'Germany']);
    expect(names(6.9)).not.toContain('Delft');
  });

  it('drops country names when zoomed in close', () => {
    expect(names(8)).toEqual(['Amsterdam', 'Rotterdam', 'Delft']);
  });
});

describe('placeEvents', () => {
  const project = mercatorForView({ center: AMSTERDAM, zoom: 7 }, 800, 600);
  const events = [
    { id: 'a', place: { lon: AMSTERDAM[0], lat: AMSTERDAM[1] } },
    { id: 'b', place: { lon: ROTTERDAM[0], lat: ROTTERDAM[1] } },
  ];

  it('projects each event and moves it by its ring offset', () => {
    const points = placeEvents(events, project, new Map([['a', [0, -11] as const]]));
    expect(points.get('a')?.[0]).toBeCloseTo(400);
    expect(points.get('a')?.[1]).toBeCloseTo(289);
    expect(points.get('b')).toEqual(project([ROTTERDAM[0], ROTTERDAM[1]]));
  });
});

describe('inView', () => {
  it('includes the edges and the margin around the box', () => {
    expect(inView([0, 600], 800, 600)).toBe(true);
    expect(inView([-5, 300], 800, 600)).toBe(false);
    expect(inView([-5, 300], 800, 600, 10)).toBe(true);
  });
});

describe('placeLabels', () => {
  const box = (x0: number) => ({ x0, y0: 0, x1: x0 + 10, y1: 10 });
  const label = (id: string, ...x0s: number[]) => ({ id, boxes: x0s.map(box) });

  it('keeps labels in order, dropping any that overlap one already kept', () => {
    expect(placeLabels([label('a', 0), label('b', 5), label('c', 10)]).map((l) => l.id)).toEqual(['a', 'c']);
  });

  it('takes the first alternative that is free', () => {
    expect(placeLabels([label('a', 0), label('b', 5, 20)]).map((l) => [l.id, l.box.x0])).toEqual([
      ['a', 0],
      ['b', 20],
    ]);
  });

  it('keeps labels off the obstacles', () => {
    expect(placeLabels([label('a', 0, 30)], [box(5)]).map((l) => l.box.x0)).toEqual([30]);
  });
});

describe('labelSpots', () => {
  const city = { name: 'Rotterdam', kind: 'city', minzoom: 5, lonLat: ROTTERDAM } as const;
  const country = { name: 'United Kingdom', kind: 'country', minzoom: 2.5, lonLat: [-2, 54] } as const;

  it("puts a city's name right of its dot first, at MapLibre's size for the zoom", () => {
    const { size, boxes } = labelSpots(city, [100, 50], 6, 13);
    expect(size).toBe(12.5);
    expect(boxes[0]).toMatchObject({ anchor: 'start', x: 100 + 0.6 * 12.5, y: 50 });
    expect(boxes[0].y0).toBeLessThan(50);
    expect(boxes[0].y1).toBeGreaterThan(50);
    expect(boxes[1]).toMatchObject({ anchor: 'end' });
    expect(boxes[1].x1).toBeLessThan(100);
  });

  it('offers spots clear of a symbol on the place once the close ones are taken', () => {
    const { boxes } = labelSpots(city, [100, 50], 6, 13);
    const symbol = { x0: 87, y0: 37, x1: 113, y1: 63 };
    expect(placeLabels([{ boxes }], [symbol])[0].box).toMatchObject({ anchor: 'start', x0: 113 });
  });

  it("centres a country's name in capitals, wrapped, then tries a line above", () => {
    const { lines, boxes } = labelSpots(country, [300, 200], 5, 13);
    expect(lines).toEqual(['UNITED', 'KINGDOM']);
    expect(boxes[0]).toMatchObject({ anchor: 'middle', x: 300, y: 200 });
    expect((boxes[0].x0 + boxes[0].x1) / 2).toBeCloseTo(300);
    expect(boxes[1].y).toBeLessThan(200);
  });
});

describe('wrapWords', () => {
  it('breaks at spaces into lines of about the given length', () => {
    expect(wrapWords('UNITED KINGDOM', 10)).toEqual(['UNITED', 'KINGDOM']);
    expect(wrapWords('BOSNIA AND HERZEGOVINA', 10)).toEqual(['BOSNIA AND', 'HERZEGOVINA']);
    expect(wrapWords('NETHERLANDS', 10)).toEqual(['NETHERLANDS']);
  });
});
