import type { PlacedEvent } from '../story/model';
import type { TimeWindow } from '../time/window';
import { markerVariant } from '../symbols/variant';
import { iconName, mapPlace, type LabelPoints } from './features';

/**
 * Above this many placed events the map draws every event as a point sprite in one WebGL draw
 * (denseLayer.ts), with the time window as a shader uniform, instead of maplibre symbol layers
 * and clusters: symbol placement grows with the events, and a symbol bucket of more than
 * 32,767 icons in one tile breaks maplibre (placedIconSymbolIndex is a 16-bit field).
 */
export const DENSE_LIMIT = 5_000;

export const isDense = (placedCount: number) => placedCount > DENSE_LIMIT;

/** Web Mercator position in maplibre's world units: [0, 1] across, north at 0. */
export function mercator(lon: number, lat: number): [x: number, y: number] {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

/** A float32 holds integers exactly up to 2^24: milliseconds split there stay exact for ±8,900 years around 1970. */
const SPLIT = 2 ** 24;
const LIMIT = SPLIT * SPLIT - 1;

/**
 * Splits UTC milliseconds into a high and a low part, each exact in a float32, so a shader can
 * compare times to the millisecond: (hi, lo) compares as the number does. Open ends are clamped.
 */
export function splitTime(ms: number): [hi: number, lo: number] {
  const t = Math.max(-LIMIT, Math.min(LIMIT, Number.isNaN(ms) ? 0 : Math.round(ms)));
  const hi = Math.floor(t / SPLIT);
  return [hi, t - hi * SPLIT];
}

/** Every placed event as GPU-ready columns, in the story's order. */
export interface DensePoints {
  readonly ids: readonly string[];
  readonly categories: readonly string[];
  /** Mercator x, y per event (for hit tests, in doubles). */
  readonly xy: Float64Array;
  /** Time bounds per event: min and max as in the story, UTC ms. */
  readonly t0: Float64Array;
  readonly t1: Float64Array;
  /** Icon image name per event: "<category>/<variant>", as the symbol layers use. */
  readonly icons: readonly string[];
}

export function densePoints(events: readonly PlacedEvent[], labels: LabelPoints): DensePoints {
  const n = events.length;
  const xy = new Float64Array(2 * n);
  const t0 = new Float64Array(n);
  const t1 = new Float64Array(n);
  const ids: string[] = new Array<string>(n);
  const categories: string[] = new Array<string>(n);
  const icons: string[] = new Array<string>(n);
  events.forEach((e, i) => {
    const { lon, lat } = mapPlace(e, labels);
    const [x, y] = mercator(lon, lat);
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    t0[i] = e.time.min;
    t1[i] = e.time.max;
    ids[i] = e.id;
    categories[i] = e.category;
    icons[i] = iconName(e.category, markerVariant(e.place.precision));
  });
  return { ids, categories, xy, t0, t1, icons };
}

/** The vertex attributes: position (x, y) and time (t0 hi, t0 lo, t1 hi, t1 lo), float32. */
export function denseAttributes(points: DensePoints): { position: Float32Array; time: Float32Array } {
  const n = points.ids.length;
  const position = new Float32Array(points.xy);
  const time = new Float32Array(4 * n);
  for (let i = 0; i < n; i++) {
    [time[4 * i], time[4 * i + 1]] = splitTime(points.t0[i]);
    [time[4 * i + 2], time[4 * i + 3]] = splitTime(points.t1[i]);
  }
  return { position, time };
}

/** Per event: 1 where its category is hidden or the facets and search leave it out (`matches`, null for none), else 0. */
export function hiddenMask(points: DensePoints, hidden: ReadonlySet<string>, matches: ReadonlySet<string> | null = null): Float32Array {
  const mask = new Float32Array(points.ids.length);
  if (hidden.size || matches) points.categories.forEach((c, i) => (mask[i] = hidden.has(c) || (matches !== null && !matches.has(points.ids[i])) ? 1 : 0));
  return mask;
}

/**
 * The events within `radius` (mercator units) of `at`, shown ones first, then the faded ones
 * outside the window, each group nearest first; at most `limit`.
 */
export function denseHits(
  points: DensePoints,
  at: readonly [number, number],
  radius: number,
  window: TimeWindow | null,
  hidden: ReadonlySet<string>,
  matches: ReadonlySet<string> | null = null,
  limit = 50,
): string[] {
  const hits: { i: number; d: number; faded: boolean }[] = [];
  const { xy, t0, t1 } = points;
  const r2 = radius * radius;
  for (let i = 0; i < points.ids.length; i++) {
    const dx = xy[2 * i] - at[0];
    const dy = xy[2 * i + 1] - at[1];
    const d = dx * dx + dy * dy;
    if (d > r2 || hidden.has(points.categories[i]) || (matches && !matches.has(points.ids[i]))) continue;
    hits.push({ i, d, faded: window !== null && !(t1[i] >= window.start && t0[i] <= window.end) });
  }
  hits.sort((a, b) => Number(a.faded) - Number(b.faded) || a.d - b.d);
  return hits.slice(0, limit).map((h) => points.ids[h.i]);
}

/** "#rrggbb" as red, green, blue in [0, 1]; black for anything else. */
export function hexRgb(hex: string): [r: number, g: number, b: number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1], 16) / 255, parseInt(m[2], 16) / 255, parseInt(m[3], 16) / 255] : [0, 0, 0];
}

/** Per event: its category's colour as red, green, blue in [0, 1]. */
export function denseColours(points: DensePoints, colourOf: ReadonlyMap<string, string>): Float32Array {
  const rgb = new Map([...colourOf].map(([id, hex]) => [id, hexRgb(hex)]));
  const out = new Float32Array(3 * points.ids.length);
  points.categories.forEach((c, i) => out.set(rgb.get(c) ?? [0, 0, 0], 3 * i));
  return out;
}
