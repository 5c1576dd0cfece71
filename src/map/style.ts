import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { TimeWindow } from '../time/window';
import type { MapTheme } from './theme';
import type { PixelOffset } from './offsets';

export interface BasemapData {
  readonly world: FeatureCollection;
  readonly europe: FeatureCollection;
  readonly worldBorders: FeatureCollection;
  readonly europeBorders: FeatureCollection;
  readonly places: FeatureCollection;
}

export const FONT = 'Noto Sans';

export const LAYER = {
  events: 'events',
  faded: 'events-faded',
  halo: 'events-halo',
  relations: 'relations',
  relationLabels: 'relation-labels',
  countryArea: 'country-area',
  countryAreaOutline: 'country-area-outline',
} as const;

export const COUNTRY_AREA_LAYERS = ['world', 'europe'].flatMap((s) => [`${LAYER.countryArea}-${s}`, `${LAYER.countryAreaOutline}-${s}`]);

/** The layers a reader can point at. */
export const INTERACTIVE_LAYERS = [LAYER.events, LAYER.faded];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The box geodata/basemap/build-basemap.mjs clips the detailed Europe to. */
export const DETAIL_BOX = { west: -11, south: 34, east: 33, north: 62 } as const;

const { west, south, east, north } = DETAIL_BOX;
const detailMask: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, south],
            [east, south],
            [east, north],
            [west, north],
            [west, south],
          ],
        ],
      },
    },
  ],
};

/** True for features whose [t0, t1] overlaps the window; GPU-side, so scrubbing never rebuilds a source. */
function overlaps(window: TimeWindow | null, t0: string, t1: string): ExpressionSpecification {
  if (!window) return ['boolean', true];
  return ['all', ['>=', ['get', t1], window.start], ['<=', ['get', t0], window.end]];
}

function shownCategory(hidden: ReadonlySet<string>, property = 'category'): ExpressionSpecification {
  return ['!', ['in', ['get', property], ['literal', [...hidden]]]];
}

export function inWindowFilter(window: TimeWindow | null, hidden: ReadonlySet<string>): FilterSpecification {
  return ['all', shownCategory(hidden), overlaps(window, 't0', 't1')];
}

export function outOfWindowFilter(window: TimeWindow | null, hidden: ReadonlySet<string>): FilterSpecification {
  return ['all', shownCategory(hidden), ['!', overlaps(window, 't0', 't1')]];
}

/** Relation lines whose two ends are both shown. */
export function relationFilter(window: TimeWindow | null, hidden: ReadonlySet<string>): FilterSpecification {
  return ['all', shownCategory(hidden, 'aCategory'), shownCategory(hidden, 'bCategory'), overlaps(window, 'a0', 'a1'), overlaps(window, 'b0', 'b1')];
}

export function idFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

export function countryFilter(isoCodes: readonly string[]): FilterSpecification {
  return ['in', ['get', 'iso'], ['literal', [...isoCodes]]];
}

/** Cities appear by rank as the reader zooms in. */
const cityRankVisible: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 5.5, 3, 7, 4]];

export interface StyleInput {
  readonly basemap: BasemapData;
  readonly events: FeatureCollection;
  readonly theme: MapTheme;
  readonly window: TimeWindow | null;
  readonly hiddenCategories: ReadonlySet<string>;
  /** The ring offsets the event features' slots refer to (offsetSlots(…).table). */
  readonly offsetTable: readonly PixelOffset[];
}

/** icon-offset by the feature's slot: a lookup in a table of literal offsets. */
export function iconOffset(table: readonly PixelOffset[]): ExpressionSpecification {
  if (table.length <= 1) return ['literal', [0, 0]];
  const branches = table.slice(1).flatMap((offset, i) => [i + 1, ['literal', [...offset]]]);
  // A match with a branch per slot: its variadic shape is beyond what the spec's tuple type can say.
  return ['match', ['get', 'slot'], ...branches, ['literal', [0, 0]]] as unknown as ExpressionSpecification;
}

/** The whole map style: offline basemap, event layers and their initial filters. */
export function buildStyle({ basemap, events, theme, window, hiddenCategories, offsetTable }: StyleInput): StyleSpecification {
  const offset = iconOffset(offsetTable);
  const borderWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2];
  const DETAIL = 3.5;
  // Two areas per shaded country: the coarse world outline when zoomed out, the detailed one when in.
  const countryArea = (source: 'world' | 'europe', zoom: { minzoom?: number; maxzoom?: number }): StyleSpecification['layers'] => [
    {
      id: `${LAYER.countryArea}-${source}`,
      type: 'fill',
      source,
      ...zoom,
      filter: countryFilter([]),
      paint: { 'fill-color': theme.highlight, 'fill-opacity': 0.08 },
    },
    {
      id: `${LAYER.countryAreaOutline}-${source}`,
      type: 'line',
      source,
      ...zoom,
      filter: countryFilter([]),
      paint: { 'line-color': theme.highlight, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
  ];
  return {
    version: 8,
    // No "glyphs": maplibre renders labels locally with the font the app ships.
    sources: {
      world: { type: 'geojson', data: basemap.world },
      europe: { type: 'geojson', data: basemap.europe },
      worldBorders: { type: 'geojson', data: basemap.worldBorders },
      europeBorders: { type: 'geojson', data: basemap.europeBorders },
      detailMask: { type: 'geojson', data: detailMask },
      places: { type: 'geojson', data: basemap.places },
      events: { type: 'geojson', data: events },
      relations: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': theme.sea } },
      { id: 'world-land', type: 'fill', source: 'world', paint: { 'fill-color': theme.land } },
      { id: 'world-borders', type: 'line', source: 'worldBorders', maxzoom: DETAIL, paint: { 'line-color': theme.border, 'line-width': borderWidth } },
      // Sea over the coarse land where the detailed Europe takes over, so its estuaries show.
      { id: 'detail-mask', type: 'fill', source: 'detailMask', minzoom: DETAIL, paint: { 'fill-color': theme.sea } },
      { id: 'europe-land', type: 'fill', source: 'europe', minzoom: DETAIL, paint: { 'fill-color': theme.land } },
      { id: 'europe-borders', type: 'line', source: 'europeBorders', minzoom: DETAIL, paint: { 'line-color': theme.border, 'line-width': borderWidth } },
      ...countryArea('world', { maxzoom: DETAIL }),
      ...countryArea('europe', { minzoom: DETAIL }),
      {
        id: 'city-dots',
        type: 'circle',
        source: 'places',
        filter: ['all', ['==', ['get', 'kind'], 'city'], cityRankVisible],
        paint: { 'circle-radius': 2.5, 'circle-color': theme.cityDot },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'places',
        filter: ['all', ['==', ['get', 'kind'], 'city'], cityRankVisible],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 9, 14],
          'text-anchor': 'left',
          'text-offset': [0.6, 0],
          'text-optional': true,
        },
        paint: { 'text-color': theme.cityLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'places',
        maxzoom: 8,
        filter: ['all', ['==', ['get', 'kind'], 'country'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 2.5, 2, 3.5, 3, 4.5, 4]]],
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
          'text-letter-spacing': 0.12,
          'text-max-width': 7,
        },
        paint: { 'text-color': theme.countryLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
      },
      {
        id: LAYER.relations,
        type: 'line',
        source: 'relations',
        filter: relationFilter(window, hiddenCategories),
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': theme.relation, 'line-width': 2, 'line-dasharray': [2, 1.5], 'line-opacity': 0.85 },
      },
      {
        id: LAYER.relationLabels,
        type: 'symbol',
        source: 'relations',
        filter: relationFilter(window, hiddenCategories),
        layout: { 'symbol-placement': 'line-center', 'text-field': ['get', 'kind'], 'text-font': [FONT], 'text-size': 12, 'text-offset': [0, -0.8] },
        paint: { 'text-color': theme.cityLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 2 },
      },
      {
        id: LAYER.faded,
        type: 'symbol',
        source: 'events',
        filter: outOfWindowFilter(window, hiddenCategories),
        layout: {
          'icon-image': ['get', 'icon'],
          'icon-offset': offset,
          'icon-size': 0.75,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
        paint: { 'icon-opacity': 0.3 },
      },
      {
        id: LAYER.halo,
        type: 'symbol',
        source: 'events',
        filter: idFilter([]),
        layout: {
          'icon-image': 'halo',
          'icon-offset': offset,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      {
        id: LAYER.events,
        type: 'symbol',
        source: 'events',
        filter: inWindowFilter(window, hiddenCategories),
        layout: {
          'icon-image': ['get', 'icon'],
          'icon-offset': offset,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'symbol-sort-key': ['get', 't0'],
        },
      },
    ],
  };
}
