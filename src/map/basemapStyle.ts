import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { MapTheme } from './theme';
import { BASEMAP, type ZoomStops } from './basemapLook';
import { CITY_DOT } from './cityDot';
import type { Lang } from '../i18n/lang';

/** [west, south, east, north] in degrees. */
export type LonLatBox = readonly [west: number, south: number, east: number, north: number];

/** The basemap as the app loads it (see basemap.ts and geodata/basemap/). */
export interface BasemapData {
  readonly world: FeatureCollection;
  readonly europe: FeatureCollection;
  readonly worldBorders: FeatureCollection;
  readonly europeBorders: FeatureCollection;
  readonly lakes: FeatureCollection;
  readonly rivers: FeatureCollection;
  /** Where `europe` replaces `world` from BASEMAP.detailZoom. */
  readonly detailBox: LonLatBox;
  readonly places: FeatureCollection;
}

export const FONT = 'Noto Sans';

export const zoomStops = ([[z0, v0], [z1, v1]]: ZoomStops): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1];

/** Lakes, rivers and labels appear from their own `minzoom`. */
const fromMinZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];
const kind = (k: 'city' | 'country'): FilterSpecification => ['all', ['==', ['get', 'kind'], k], fromMinZoom];

const boxPolygon = ([west, south, east, north]: LonLatBox): FeatureCollection => ({
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
});

export function basemapSources(basemap: BasemapData): Record<string, SourceSpecification> {
  const { world, europe, worldBorders, europeBorders, lakes, rivers, places } = basemap;
  const geojson = (data: FeatureCollection): SourceSpecification => ({ type: 'geojson', data });
  return {
    world: geojson(world),
    europe: geojson(europe),
    worldBorders: geojson(worldBorders),
    europeBorders: geojson(europeBorders),
    detailMask: geojson(boxPolygon(basemap.detailBox)),
    lakes: geojson(lakes),
    rivers: geojson(rivers),
    places: geojson(places),
  };
}

/** Sea, land, water and borders, under everything else: the detailed Europe covers the coarse world's land and borders in its box. */
export function landLayers(theme: MapTheme): LayerSpecification[] {
  const DETAIL = BASEMAP.detailZoom;
  const border = { 'line-color': theme.border, 'line-width': zoomStops(BASEMAP.borderWidth) };
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': theme.sea } },
    { id: 'world-land', type: 'fill', source: 'world', paint: { 'fill-color': theme.land } },
    { id: 'world-borders', type: 'line', source: 'worldBorders', paint: border },
    // Sea over the coarse land where the detailed Europe takes over, so its estuaries show.
    { id: 'detail-mask', type: 'fill', source: 'detailMask', minzoom: DETAIL, paint: { 'fill-color': theme.sea } },
    { id: 'europe-land', type: 'fill', source: 'europe', minzoom: DETAIL, paint: { 'fill-color': theme.land } },
    { id: 'lakes', type: 'fill', source: 'lakes', filter: fromMinZoom, paint: { 'fill-color': theme.sea } },
    {
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      filter: fromMinZoom,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.river, 'line-width': zoomStops(BASEMAP.riverWidth) },
    },
    { id: 'europe-borders', type: 'line', source: 'europeBorders', minzoom: DETAIL, paint: border },
  ];
}

/**
 * City and country names. A city's dot is the icon of its label, so a dot never shows
 * without its name; the most important places (lowest `minzoom`) are placed first.
 */
/** A second, wider gap (ems) tried when the first is blocked: clear of an event symbol on the city. */
const CLEAR = 1.3;

/**
 * A place's name in the reader's language: the basemap build gives `name_nl` where Dutch has a
 * name of its own (Duitsland, Londen, Den Haag) and leaves it out where the name is the same.
 */
export const placeName = (lang: Lang): ExpressionSpecification => (lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']]);

export function placeLayers(theme: MapTheme, lang: Lang = 'en'): LayerSpecification[] {
  const halo = { 'text-halo-color': theme.labelHalo, 'text-halo-width': BASEMAP.labelHaloWidth };
  const gap = BASEMAP.cityLabelGap;
  return [
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'places',
      filter: kind('city'),
      layout: {
        'symbol-sort-key': ['get', 'minzoom'],
        'icon-image': CITY_DOT,
        // The dot may lie under an event symbol; its name then finds a side clear of it (eventLayers).
        'icon-allow-overlap': true,
        'text-field': placeName(lang),
        'text-font': [FONT],
        'text-size': zoomStops(BASEMAP.cityTextSize),
        'text-variable-anchor-offset': [
          'literal',
          [
            'left',
            [gap, 0],
            'right',
            [-gap, 0],
            'top',
            [0, gap],
            'bottom',
            [0, -gap],
            'left',
            [CLEAR, 0],
            'right',
            [-CLEAR, 0],
            'top',
            [0, CLEAR],
            'bottom',
            [0, -CLEAR],
          ],
        ],
        'text-justify': 'auto',
      },
      paint: { 'text-color': theme.cityLabel, ...halo },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'places',
      maxzoom: BASEMAP.countryMaxZoom,
      filter: kind('country'),
      layout: {
        'symbol-sort-key': ['get', 'minzoom'],
        'text-field': ['upcase', placeName(lang)],
        'text-font': [FONT],
        'text-size': zoomStops(BASEMAP.countryTextSize),
        'text-letter-spacing': BASEMAP.countryLetterSpacing,
        // MapLibre wraps in ems; capitals with their spacing are about 0.8 em wide.
        'text-max-width': BASEMAP.countryWrapChars * 0.7,
      },
      paint: { 'text-color': theme.countryLabel, ...halo },
    },
  ];
}
