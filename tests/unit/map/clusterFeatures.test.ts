import { EMPTY_BASEMAP } from './emptyBasemap';
import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { clusterFeatures, type ClusterProperties } from '../../../src/map/clusterFeatures';
import { clusterHaloFilter, eventLayers, EVENT_LAYER, fadedHaloFilter } from '../../../src/map/eventLayers';
import { countryLabelPoints, eventFeatures } from '../../../src/map/features';
import { buildStyle, type BasemapData } from '../../../src/map/style';
import { LIGHT } from '../../../src/map/theme';
import { endOfDay, makeStory, utc } from '../fixtures';

const story = makeStory([
  { id: 'nl-policy', date: '2023-02', category: 'report', place: { name: 'Netherlands', lon: 5.29, lat: 52.13, precision: 'country', country: 'NL' } },
  { id: 'nl-warning', date: '2024-03', category: 'report', place: { name: 'Netherlands', lon: 5.29, lat: 52.13, precision: 'country', country: 'NL' } },
  { id: 'hague', date: '2024-02-06', category: 'report', place: { name: 'The Hague', lon: 4.3007, lat: 52.0705 } },
  { id: 'zoetermeer', date: '2024-04-23', category: 'cyber', place: { name: 'Zoetermeer', lon: 4.4931, lat: 52.0575 } },
  { id: 'rotterdam', date: '2024-04-23', category: 'raid', place: { name: 'Rotterdam', lon: 4.4777, lat: 51.9244 } },
]);
const places: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { kind: 'country', name: 'Netherlands', country: 'NL', rank: 3 }, geometry: { type: 'Point', coordinates: [5.5, 52.29] } },
  ],
};
const labels = countryLabelPoints(places);
const collection = clusterFeatures(story.placed, labels);

/** What a layer's filter lets through at a whole zoom, as maplibre evaluates it on a tile of that zoom. */
function drawn(filter: FilterSpecification, zoom: number) {
  const { filter: test } = featureFilter(filter, 'filter');
  return collection.features.filter((f) => test({ zoom }, { type: 'Point', properties: f.properties })).map((f) => f.properties);
}

const layer = (id: string) => {
  const found = eventLayers({ theme: LIGHT, window: null, hiddenCategories: new Set(), offsetTable: [[0, 0]] }).find((l) => l.id === id);
  if (!found || !('filter' in found) || !found.filter) throw new Error(`no layer ${id}`);
  return found.filter;
};
const idsOf = (ps: ClusterProperties[]) => ps.flatMap((p) => p.ids.split(',').filter(Boolean)).sort();

describe('countryLabelPoints', () => {
  it('reads where each country is named', () => {
    expect(labels.get('NL')).toEqual({ lon: 5.5, lat: 52.29, name: 'Netherlands' });
  });
});

describe('eventFeatures', () => {
  it('puts an event known only to the country at the country’s label point', () => {
    const byId = new Map(eventFeatures(story.placed, new Map(), labels).features.map((f) => [f.properties.id, f.geometry.coordinates]));
    expect(byId.get('nl-policy')).toEqual([5.5, 52.29]);
    expect(byId.get('hague')).toEqual([4.3007, 52.0705]);
  });
});

describe('clusterFeatures', () => {
  it('draws every event once at every whole zoom, alone or in a cluster', () => {
    for (let z = 0; z <= 12; z++) {
      const shown = [...drawn(layer(EVENT_LAYER.clusterEvents), z), ...drawn(layer(EVENT_LAYER.clusters), z)];
      expect(idsOf(shown)).toEqual(story.placed.map((e) => e.id).sort());
    }
  });

  it('clusters the Randstad when zoomed out and opens it up when zoomed in', () => {
    expect(drawn(layer(EVENT_LAYER.clusters), 4).map((p) => p.count)).toContain(3);
    expect(drawn(layer(EVENT_LAYER.clusters), 10)).toEqual([]);
  });

  it('names the country beside its national events', () => {
    const [label] = drawn(layer(EVENT_LAYER.clusterLabels), 8);
    expect(label).toMatchObject({ kind: 'label', name: 'NETHERLANDS' });
    expect(label.ids).toBe(',nl-policy,nl-warning,');
  });

  it('counts only the events it is given: the ones in the window', () => {
    const window = { start: utc('2024-04-01'), end: endOfDay('2024-04-30') };
    const inWindow = story.placed.filter((e) => e.time.max >= window.start && e.time.min <= window.end);
    const few = clusterFeatures(inWindow, labels);
    const at4 = few.features.filter((f) => f.properties.zmin <= 4 && 4 < f.properties.zmax && f.properties.kind !== 'label');
    expect(at4.reduce((n, f) => n + f.properties.count, 0)).toBe(2);
  });
});

describe('halo filters', () => {
  it('ring the cluster that holds an event, and only that one', () => {
    const ringed = drawn(clusterHaloFilter(['rotterdam']), 4);
    expect(ringed).toHaveLength(1);
    expect(ringed[0].ids).toContain(',rotterdam,');
    expect(drawn(clusterHaloFilter([]), 4)).toEqual([]);
  });

  it('ring an out-of-window event on the faded layer only', () => {
    const raw = eventFeatures(story.placed, new Map(), labels);
    const { filter } = featureFilter(fadedHaloFilter(['hague', 'rotterdam'], { start: utc('2024-04-01'), end: endOfDay('2024-04-30') }, new Set()), 'filter');
    expect(raw.features.filter((f) => filter({ zoom: 5 }, { type: 'Point', properties: f.properties })).map((f) => f.properties.id)).toEqual(['hague']);
  });
});

describe('buildStyle with clusters', () => {
  it('is a valid maplibre style', () => {
    const basemap: BasemapData = { ...EMPTY_BASEMAP, places };
    const style = buildStyle({
      basemap,
      events: eventFeatures(story.placed, new Map(), labels),
      clusters: collection,
      offsetTable: [[0, 0]],
      theme: LIGHT,
      window: null,
      hiddenCategories: new Set(),
    });
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
});
