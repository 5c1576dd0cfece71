import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlacedEvent } from '../../src/story/model';
import { markerVariant } from '../../src/symbols/variant';
import { mercator } from '../../src/map/denseEvents';

/** The one layer of every tile. */
export const TILE_LAYER = 'events';

/** What each event carries in the tiles: its time bounds (UTC ms) for a time filter, and what it is drawn as. */
export interface TileEventProperties {
  id: string;
  category: string;
  icon: string;
  t0: number;
  t1: number;
  /** How many events the feature stands for: 1, or more for a cell of a zoomed-out tile (see aggregate). */
  count: number;
}

export function tileFeatures(events: readonly PlacedEvent[]): FeatureCollection<Point, TileEventProperties> {
  return {
    type: 'FeatureCollection',
    features: events.map((e): Feature<Point, TileEventProperties> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.place.lon, e.place.lat] },
      properties: { id: e.id, category: e.category, icon: `${e.category}/${markerVariant(e.place.precision)}`, t0: e.time.min, t1: e.time.max, count: 1 },
    })),
  };
}

export interface Tile {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  /** The tile as Mapbox Vector Tile protobuf, uncompressed. */
  readonly pbf: Uint8Array;
}

/** The tiles at zoom z that hold at least one of the points, as "x/y". */
function occupied(collection: FeatureCollection<Point>, z: number): Set<string> {
  const n = 2 ** z;
  const keys = new Set<string>();
  for (const f of collection.features) {
    const [x, y] = mercator(f.geometry.coordinates[0], f.geometry.coordinates[1]);
    keys.add(`${Math.min(n - 1, Math.floor(x * n))}/${Math.min(n - 1, Math.floor(y * n))}`);
  }
  return keys;
}

/** Cells of a zoomed-out tile's aggregates, in pixels of a 512-pixel tile, and their time bins. */
const CELL_PX = 8;
const MONTH_MS = 30.4375 * 86_400_000;

/**
 * The events as seen at zoom z: one feature per cell of CELL_PX pixels, category and month,
 * at the mean of its events, with their count and the month's bounds as t0 and t1, so a time
 * filter still works (to the month). A million events make a z0 tile of megabytes otherwise.
 */
export function aggregate(collection: FeatureCollection<Point, TileEventProperties>, z: number): FeatureCollection<Point, TileEventProperties> {
  const cells = new Map<string, { lon: number; lat: number; count: number; category: string; icon: string; month: number }>();
  const size = 512 * 2 ** z;
  for (const f of collection.features) {
    const [lon, lat] = f.geometry.coordinates;
    const [x, y] = mercator(lon, lat);
    const month = Math.floor(f.properties.t0 / MONTH_MS);
    const key = `${Math.floor((x * size) / CELL_PX)},${Math.floor((y * size) / CELL_PX)},${f.properties.category},${month}`;
    const cell = cells.get(key);
    if (cell) [cell.lon, cell.lat, cell.count] = [cell.lon + lon, cell.lat + lat, cell.count + 1];
    else cells.set(key, { lon, lat, count: 1, category: f.properties.category, icon: f.properties.icon, month });
  }
  return {
    type: 'FeatureCollection',
    features: [...cells.entries()].map(([key, c]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [c.lon / c.count, c.lat / c.count] },
      properties: { id: `cell:${z}:${key}`, category: c.category, icon: c.icon, t0: c.month * MONTH_MS, t1: (c.month + 1) * MONTH_MS - 1, count: c.count },
    })),
  };
}

/**
 * Every non-empty tile from zoom 0 to maxZoom, cut by geojson-vt and written by vt-pbf; a map
 * over-zooms the deepest ones. From detailZoom on, each event is its own feature; above it, the
 * tiles hold aggregates (see aggregate).
 */
export function* tileSet(collection: FeatureCollection<Point, TileEventProperties>, maxZoom: number, detailZoom = maxZoom): Generator<Tile> {
  const cut = (c: FeatureCollection<Point, TileEventProperties>, zoom: number) =>
    new GeoJSONVT(c, { maxZoom: zoom, indexMaxZoom: zoom, indexMaxPoints: 0, buffer: 64 });
  let detail: GeoJSONVT | null = null;
  for (let z = 0; z <= maxZoom; z++) {
    const source = z < detailZoom ? aggregate(collection, z) : collection;
    const index = z < detailZoom ? cut(source, z) : (detail ??= cut(collection, maxZoom));
    for (const key of occupied(source, z)) {
      const [x, y] = key.split('/').map(Number);
      const tile = index.getTile(z, x, y);
      if (tile && tile.features.length) yield { z, x, y, pbf: fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: 4096 }) };
    }
  }
}

/** Events per category and time bin, each event shared out over the bins its span touches: what a timeline draws without the events. */
export interface TimeBins {
  /** Start of bin i is start + i × width, UTC ms. */
  readonly start: number;
  readonly width: number;
  readonly categories: readonly string[];
  /** counts[category][bin], rounded to thousandths. */
  readonly counts: readonly number[][];
}

export function timeBins(events: readonly PlacedEvent[], categories: readonly string[], width: number): TimeBins {
  const finite = events.filter((e) => Number.isFinite(e.time.min) && Number.isFinite(e.time.max));
  let [lo, hi] = [Infinity, -Infinity];
  for (const e of finite) [lo, hi] = [Math.min(lo, e.time.min), Math.max(hi, e.time.max)];
  const start = finite.length ? Math.floor(lo / width) * width : 0;
  const n = finite.length ? Math.floor((hi - start) / width) + 1 : 0;
  const row = new Map(categories.map((c, i) => [c, i]));
  const counts = categories.map(() => new Float64Array(n));
  for (const e of finite) {
    const c = row.get(e.category);
    if (c === undefined) continue;
    const [first, last] = [Math.floor((e.time.min - start) / width), Math.floor((e.time.max - start) / width)];
    for (let b = first; b <= last; b++) counts[c][b] += 1 / (last - first + 1);
  }
  return { start, width, categories, counts: counts.map((r) => Array.from(r, (v) => Math.round(v * 1000) / 1000)) };
}
