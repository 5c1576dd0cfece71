import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { basemapSources, landLayers, placeLayers, zoomStops } from '../../../src/map/basemapStyle';
import { BASEMAP, shownAt } from '../../../src/map/basemapLook';
import { CITY_DOT } from '../../../src/map/cityDot';
import { LIGHT } from '../../../src/map/theme';
import { EMPTY_BASEMAP } from './emptyBasemap';

const basemap = EMPTY_BASEMAP;
const layers = [...landLayers(LIGHT), ...placeLayers(LIGHT)];
const layer = (id: string) => layers.find((l) => l.id === id) as LayerSpecification & { filter: FilterSpecification; layout: Record<string, unknown> };

/** Whether a feature passes a layer's filter at a zoom, as MapLibre evaluates it for a tile of that zoom. */
const passes = (id: string, properties: Record<string, unknown>, zoom: number) =>
  featureFilter(layer(id).filter, 'filter').filter({ zoom }, { type: 'Point', properties });

describe('the basemap style', () => {
  it('is valid, with inline sources only', () => {
    const style = { version: 8 as const, sources: basemapSources(basemap), layers };
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
  });

  it('draws a city dot only as the icon of its name, never on its own', () => {
    const cities = layer('city-labels');
    expect(cities.type).toBe('symbol');
    expect(cities.layout['icon-image']).toBe(CITY_DOT);
    expect(cities.layout['text-optional']).toBeUndefined();
    expect(cities.layout['icon-optional']).toBeUndefined();
    expect(layers.filter((l) => l.type === 'circle')).toEqual([]);
  });

  it('shows lakes, rivers and labels from their minzoom, as the static map does', () => {
    for (const id of ['lakes', 'rivers', 'city-labels']) {
      for (const zoom of [2, 5, 6]) {
        const properties = { kind: 'city', minzoom: 5 };
        expect(passes(id, properties, zoom), `${id} at ${zoom}`).toBe(shownAt(5, zoom));
      }
    }
    expect(passes('country-labels', { kind: 'country', minzoom: 3.5 }, 4)).toBe(true);
    expect(passes('country-labels', { kind: 'city', minzoom: 0 }, 4)).toBe(false);
  });

  it('puts water over the land and under the borders, the detailed Europe over the coarse world', () => {
    const order = landLayers(LIGHT).map((l) => l.id);
    expect(order).toEqual(['sea', 'world-land', 'world-borders', 'detail-mask', 'europe-land', 'lakes', 'rivers', 'europe-borders']);
    expect(layer('detail-mask').minzoom).toBe(BASEMAP.detailZoom);
    expect(layer('europe-land').minzoom).toBe(BASEMAP.detailZoom);
  });

  it('takes its sizes from the table the static map reads', () => {
    expect(zoomStops(BASEMAP.borderWidth)).toEqual(['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2]);
    expect((layer('city-labels').layout as Record<string, unknown>)['text-size']).toEqual(zoomStops(BASEMAP.cityTextSize));
    expect(layer('country-labels').maxzoom).toBe(BASEMAP.countryMaxZoom);
  });
});

describe('placeName', () => {
  it('shows the Dutch name where there is one, and the name as given elsewhere', () => {
    const nl = [...placeLayers(LIGHT, 'nl')].map((l) => (l.type === 'symbol' ? JSON.stringify(l.layout?.['text-field']) : null)).filter(Boolean);
    expect(nl).toEqual(['["coalesce",["get","name_nl"],["get","name"]]', '["upcase",["coalesce",["get","name_nl"],["get","name"]]]']);
    const en = [...placeLayers(LIGHT, 'en')].map((l) => (l.type === 'symbol' ? JSON.stringify(l.layout?.['text-field']) : null)).filter(Boolean);
    expect(en).toEqual(['["get","name"]', '["upcase",["get","name"]]']);
  });
});
