import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { TimeWindow } from '../time/window';
import type { MapTheme } from './theme';
import type { PixelOffset } from './offsets';
import { BASEMAP } from './basemapLook';
import { basemapSources, landLayers, placeLayers, FONT, type BasemapData } from './basemapStyle';

export { FONT, type BasemapData } from './basemapStyle';

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
  const DETAIL = BASEMAP.detailZoom;
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
      ...basemapSources(basemap),
      events: { type: 'geojson', data: events },
      relations: { type: 'geojson', data: EMPTY },
    },
    layers: [
      ...landLayers(theme),
      ...countryArea('world', { maxzoom: DETAIL }),
      ...countryArea('europe', { minzoom: DETAIL }),
      ...placeLayers(theme),
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
