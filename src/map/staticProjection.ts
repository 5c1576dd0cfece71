import { geoMercator, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { MapView } from '../story/schema';
import { max } from 'd3-array';
import type { PixelOffset } from './offsets';
import { BASEMAP, shownAt, type ZoomStops } from './basemapLook';
import type { Lang } from '../i18n/lang';

/** Degrees: longitude, then latitude. */
export type LonLat = readonly [lon: number, lat: number];
/** CSS pixels from the top left of the map. */
export type ScreenPoint = readonly [x: number, y: number];
/** South-west and north-east corners, as MapView's initialView gives them. */
export type GeoBox = readonly [southWest: LonLat, northEast: LonLat];

/** MapLibre draws the world 512 px wide at zoom 0; matching it makes a zoom mean the same on both maps. */
const TILE_SIZE = 512;
/** The zoom range MapView allows. */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 11;

const RADIANS = Math.PI / 180;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));
const latitudeOf = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RADIANS;
const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** d3's scale (pixels per radian) for a MapLibre zoom. */
export const mercatorScale = (zoom: number) => (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);

/**
 * A Web-Mercator projection with the view's centre in the middle of a width × height
 * box, clipped to it. Precision 0 turns off d3's great-circle resampling, so edges are
 * straight on screen, as MapLibre draws them.
 */
export function mercatorForView(view: MapView, width: number, height: number): GeoProjection {
  return geoMercator()
    .center([view.center[0], view.center[1]])
    .scale(mercatorScale(view.zoom))
    .translate([width / 2, height / 2])
    .precision(0)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** The view that fits the box inside width × height less `padding` on each side, as MapLibre's fitBounds does. */
export function fitBox([[west, south], [east, north]]: GeoBox, width: number, height: number, padding = 20): MapView {
  const dx = Math.abs(east - west) * RADIANS;
  const [y0, y1] = [mercatorY(south), mercatorY(north)];
  const inner = (size: number) => Math.max(1, size - 2 * padding);
  const scale = Math.min(inner(width) / dx, inner(height) / Math.abs(y1 - y0));
  const zoom = Number.isFinite(scale) ? clampZoom(Math.log2((scale * 2 * Math.PI) / TILE_SIZE)) : MAX_ZOOM;
  return { center: [(west + east) / 2, latitudeOf((y0 + y1) / 2)], zoom };
}

/** The same centre, zoomed by `delta` (+1 doubles distances), within the allowed range. */
export function zoomBy(view: MapView, delta: number): MapView {
  return { center: view.center, zoom: clampZoom(view.zoom + delta) };
}

/** Linear between (z0, v0) and (z1, v1), held flat outside: MapLibre's ["interpolate", ["linear"], ["zoom"], …]. */
export function byZoom(zoom: number, [[z0, v0], [z1, v1]]: ZoomStops): number {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + t * (v1 - v0);
}

export interface PlaceLabel {
  readonly name: string;
  readonly kind: 'city' | 'country';
  /** The zoom it appears from; the lower, the sooner it is placed. */
  readonly minzoom: number;
  readonly lonLat: LonLat;
}

/** The labels MapLibre's style shows at this zoom (basemapStyle.ts), most important first. */
export function visiblePlaces(places: FeatureCollection, zoom: number, lang: Lang = 'en'): PlaceLabel[] {
  const labels: PlaceLabel[] = [];
  for (const { geometry, properties } of places.features) {
    const kind: unknown = properties?.kind;
    if (geometry.type !== 'Point' || (kind !== 'city' && kind !== 'country')) continue;
    if (kind === 'country' && zoom >= BASEMAP.countryMaxZoom) continue;
    const minzoom = Number(properties?.minzoom);
    if (shownAt(minzoom, zoom))
      labels.push({
        name: String(properties?.[`name_${lang}`] ?? properties?.name),
        kind,
        minzoom,
        lonLat: [geometry.coordinates[0], geometry.coordinates[1]],
      });
  }
  // A city names where events happen; a country from the same zoom comes after it.
  return labels.sort((a, b) => a.minzoom - b.minzoom || (a.kind === 'city' ? 0 : 1) - (b.kind === 'city' ? 0 : 1));
}

/** Where each event's symbol goes: its place, projected, moved by its ring offset. */
export function placeEvents(
  events: readonly { readonly id: string; readonly place: { readonly lon: number; readonly lat: number } }[],
  projection: (lonLat: [number, number]) => [number, number] | null,
  offsets: ReadonlyMap<string, PixelOffset>,
): Map<string, ScreenPoint> {
  const points = new Map<string, ScreenPoint>();
  for (const e of events) {
    const p = projection([e.place.lon, e.place.lat]);
    if (!p) continue;
    const [dx, dy] = offsets.get(e.id) ?? [0, 0];
    points.set(e.id, [p[0] + dx, p[1] + dy]);
  }
  return points;
}

export const inView = ([x, y]: ScreenPoint, width: number, height: number, margin = 0) =>
  x >= -margin && x <= width + margin && y >= -margin && y <= height + margin;

/** A screen rectangle, in CSS pixels. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: in the given order, each label takes the first of its
 * alternative boxes that overlaps no obstacle and no label kept before it, or is dropped.
 */
export function placeLabels<T extends { readonly boxes: readonly Box[] }>(
  candidates: readonly T[],
  obstacles: readonly Box[] = [],
): (T & { readonly box: T['boxes'][number] })[] {
  const taken = [...obstacles];
  const kept: (T & { box: T['boxes'][number] })[] = [];
  for (const c of candidates) {
    const box = c.boxes.find((b) => !taken.some((t) => overlaps(t, b)));
    if (!box) continue;
    taken.push(box);
    kept.push({ ...c, box });
  }
  return kept;
}

/** A place a label may go: its box, and where its text is anchored. */
export interface LabelSpot extends Box {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface LabelCandidate {
  readonly place: PlaceLabel;
  readonly lines: readonly string[];
  /** Font size in CSS pixels. */
  readonly size: number;
  /** Best first. */
  readonly boxes: readonly LabelSpot[];
}

/**
 * Where a place's name may go, at MapLibre's text sizes for the zoom. A city's name sits
 * beside its dot, else `clearance` pixels out, clear of a symbol on the place (no further,
 * or it would seem to name something else);
 * a country's name is centred, else moved a line up or down.
 */
export function labelSpots(place: PlaceLabel, [x, y]: ScreenPoint, zoom: number, clearance: number): LabelCandidate {
  const city = place.kind === 'city';
  const size = byZoom(zoom, city ? BASEMAP.cityTextSize : BASEMAP.countryTextSize);
  const lines = city ? [place.name] : wrapWords(place.name.toUpperCase(), BASEMAP.countryWrapChars);
  // Rough advance widths for Noto Sans; country names are spaced capitals.
  const w = (max(lines, (l) => l.length) ?? 0) * size * (city ? 0.56 : 0.68 + BASEMAP.countryLetterSpacing);
  const h = lines.length * size * 1.2;
  const at = (cx: number, cy: number, anchor: LabelSpot['anchor']): LabelSpot => {
    const x0 = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
    return { x: cx, y: cy, anchor, x0, y0: cy - h / 2, x1: x0 + w, y1: cy + h / 2 };
  };
  const boxes = city
    ? [size * BASEMAP.cityLabelGap, clearance].flatMap((gap) => [
        at(x + gap, y, 'start'),
        at(x - gap, y, 'end'),
        at(x, y - gap - h / 2, 'middle'),
        at(x, y + gap + h / 2, 'middle'),
      ])
    : [0, -1, 1, -2, 2].map((shift) => at(x, y + shift * h, 'middle'));
  return { place, lines, size, boxes };
}

/** Breaks a label into lines of about `maxChars`, at spaces only, like MapLibre's text-max-width. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
