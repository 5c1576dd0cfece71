import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { TimeWindow } from '../time/window';
import type { MapTheme } from './theme';
import type { PixelOffset } from './offsets';
import type { Lang } from '../i18n/lang';
import { BASEMAP } from './basemapLook';
import { basemapSources, landLayers, placeLayers, type BasemapData } from './basemapStyle';
import { EVENT_LAYER, eventLayers, FONT, overlaps, shownCategory } from './eventLayers';

export { FONT, type BasemapData } from './basemapStyle';
export { iconOffset, idFilter, inWindowFilter, outOfWindowFilter } from './eventLayers';

export const LAYER = {
  ...EVENT_LAYER,
  relations: 'relations',
  relationLabels: 'relation-labels',
  countryArea: 'country-area',
  countryAreaOutline: 'country-area-outline',
} as const;

export const COUNTRY_AREA_LAYERS = ['world', 'europe'].flatMap((s) => [`${LAYER.countryArea}-${s}`, `${LAYER.countryAreaOutline}-${s}`]);

/** The layers a reader can point at, top first. */
export const INTERACTIVE_LAYERS = [LAYER.clusters, LAYER.clusterEvents, LAYER.events, LAYER.faded];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Relation lines whose two ends are both shown. */
export function relationFilter(window: TimeWindow | null, hidden: ReadonlySet<string>): FilterSpecification {
  return ['all', shownCategory(hidden, 'aCategory'), shownCategory(hidden, 'bCategory'), overlaps(window, 'a0', 'a1'), overlaps(window, 'b0', 'b1')];
}

export function countryFilter(isoCodes: readonly string[]): FilterSpecification {
  return ['in', ['get', 'iso'], ['literal', [...isoCodes]]];
}

export interface StyleInput {
  readonly basemap: BasemapData;
  readonly events: FeatureCollection;
  /** The shown events grouped for every whole zoom (clusterFeatures). */
  readonly clusters: FeatureCollection;
  readonly theme: MapTheme;
  readonly window: TimeWindow | null;
  readonly hiddenCategories: ReadonlySet<string>;
  /** The events the facets and the search let through; null for all. */
  readonly matches?: ReadonlySet<string> | null;
  /** The ring offsets the event features' slots refer to (offsetSlots(…).table). */
  readonly offsetTable: readonly PixelOffset[];
  /** The language of the place names. */
  readonly lang?: Lang;
}

/** The whole map style: offline basemap, event layers and their initial filters. */
export function buildStyle({
  basemap,
  events,
  clusters,
  theme,
  window,
  hiddenCategories,
  matches = null,
  offsetTable,
  lang = 'en',
}: StyleInput): StyleSpecification {
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
      clusters: { type: 'geojson', data: clusters },
      relations: { type: 'geojson', data: EMPTY },
    },
    layers: [
      ...landLayers(theme),
      ...countryArea('world', { maxzoom: DETAIL }),
      ...countryArea('europe', { minzoom: DETAIL }),
      ...placeLayers(theme, lang),
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
      ...eventLayers({ theme, window, hiddenCategories, matches, offsetTable }),
    ],
  };
}
