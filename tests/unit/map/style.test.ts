import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import {
  COUNTRY_AREA_LAYERS,
  FONT,
  INTERACTIVE_LAYERS,
  buildStyle,
  countryFilter,
  idFilter,
  inWindowFilter,
  outOfWindowFilter,
  relationFilter,
} from '../../../src/map/style';
import { eventFeatures, relationFeatures } from '../../../src/map/features';
import { LIGHT } from '../../../src/map/theme';
import { EMPTY_BASEMAP } from './emptyBasemap';
import { visibleEvents } from '../../../src/state/filter';
import type { TimeWindow } from '../../../src/time/window';
import { CATEGORIES, endOfDay, makeStory, placedById, utc } from '../fixtures';

const story = makeStory([
  { id: 'nxp-intrusion', date: '2017-36/2020-21', category: 'cyber', place: { lon: 5.47, lat: 51.44 } },
  { id: 'taiwan', date: '2018/2019', category: 'cyber', place: { lon: 120.96, lat: 23.7, precision: 'country', country: 'TW' } },
  { id: 'blacklist', date: '2020', category: 'report', place: { lon: -77.04, lat: 38.9, country: 'US' } },
  { id: 'raid-rotterdam', date: '2024-04-23', category: 'raid', place: { lon: 4.48, lat: 51.92 } },
  { id: 'raid-warsaw', date: '2024-04-23', category: 'raid', place: { lon: 21.01, lat: 52.23, country: 'PL' } },
]);
const events = story.events;
const features = eventFeatures(story.placed, new Map());
const YEAR_2019: TimeWindow = { start: utc('2019-01-01'), end: endOfDay('2019-12-31') };
const none = new Set<string>();

/** The ids of the features a filter lets through, evaluated as maplibre does on the GPU side. */
function passing(filter: FilterSpecification, collection: FeatureCollection, key = 'id'): string[] {
  const { filter: test } = featureFilter(filter, 'filter');
  return collection.features.filter((f) => test({ zoom: 5 }, { type: 'Point', properties: f.properties ?? {} })).map((f) => String(f.properties?.[key]));
}

describe('inWindowFilter', () => {
  it('passes the events that may fall in the window', () => {
    expect(passing(inWindowFilter(YEAR_2019, none), features)).toEqual(['nxp-intrusion', 'taiwan']);
  });

  it('passes every shown event when there is no window', () => {
    expect(passing(inWindowFilter(null, none), features)).toHaveLength(events.length);
    expect(passing(inWindowFilter(null, new Set(['raid'])), features)).toEqual(['nxp-intrusion', 'taiwan', 'blacklist']);
  });

  it('excludes hidden categories', () => {
    expect(passing(inWindowFilter(YEAR_2019, new Set(['cyber'])), features)).toEqual([]);
  });

  it('shows on the map exactly the events visibleEvents lists (property)', () => {
    const t = fc.integer({ min: utc('2016-01-01'), max: utc('2025-01-01') });
    fc.assert(
      fc.property(t, t, fc.subarray([...CATEGORIES]), fc.option(fc.subarray(events.map((e) => e.id))), (a, b, hiddenList, matchList) => {
        const window = { start: Math.min(a, b), end: Math.max(a, b) };
        const hidden = new Set(hiddenList);
        const matches = matchList && new Set(matchList);
        const expected = visibleEvents(events, window, { hiddenCategories: hidden, matches }).map((e) => e.id);
        expect(passing(inWindowFilter(window, hidden, matches), features)).toEqual(expected);
      }),
    );
  });
});

describe('outOfWindowFilter', () => {
  it('passes the shown events the window leaves out', () => {
    expect(passing(outOfWindowFilter(YEAR_2019, none), features)).toEqual(['blacklist', 'raid-rotterdam', 'raid-warsaw']);
    expect(passing(outOfWindowFilter(YEAR_2019, new Set(['raid'])), features)).toEqual(['blacklist']);
  });

  it('passes nothing when there is no window', () => {
    expect(passing(outOfWindowFilter(null, none), features)).toEqual([]);
  });
});

describe('relationFilter', () => {
  const line = (from: string, to: string) => ({ from: placedById(story, from), to: placedById(story, to), kind: `${from}>${to}` });
  const lines = relationFeatures([line('taiwan', 'nxp-intrusion'), line('nxp-intrusion', 'raid-rotterdam'), line('blacklist', 'raid-warsaw')]);

  it('passes lines whose two ends are both in the window', () => {
    expect(passing(relationFilter(YEAR_2019, none), lines, 'kind')).toEqual(['taiwan>nxp-intrusion']);
    expect(passing(relationFilter(null, none), lines, 'kind')).toHaveLength(3);
  });

  it('drops lines with either end in a hidden category', () => {
    expect(passing(relationFilter(null, new Set(['raid'])), lines, 'kind')).toEqual(['taiwan>nxp-intrusion']);
    expect(passing(relationFilter(null, new Set(['report'])), lines, 'kind')).toEqual(['taiwan>nxp-intrusion', 'nxp-intrusion>raid-rotterdam']);
  });
});

describe('countryFilter', () => {
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    features: ['NL', 'TW', 'US'].map((iso) => ({ type: 'Feature', properties: { iso }, geometry: { type: 'Point', coordinates: [0, 0] } })),
  };

  it('passes the listed countries only', () => {
    expect(passing(countryFilter(['TW', 'NL']), countries, 'iso')).toEqual(['NL', 'TW']);
    expect(passing(countryFilter([]), countries, 'iso')).toEqual([]);
  });
});

describe('idFilter', () => {
  it('passes the listed events only', () => {
    expect(passing(idFilter(['raid-warsaw', 'taiwan']), features)).toEqual(['taiwan', 'raid-warsaw']);
    expect(passing(idFilter([]), features)).toEqual([]);
  });
});

describe('buildStyle', () => {
  const basemap = EMPTY_BASEMAP;
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  const style = buildStyle({
    basemap,
    events: features,
    clusters: empty,
    offsetTable: [[0, 0]],
    theme: LIGHT,
    window: YEAR_2019,
    hiddenCategories: new Set(['raid']),
  });

  it('is a valid maplibre style', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('stays valid with the facets’ and search’s matches in its filters', () => {
    for (const matches of [new Set(['taiwan', 'blacklist']), new Set<string>()]) {
      const filtered = buildStyle({
        basemap,
        events: features,
        clusters: empty,
        offsetTable: [[0, 0]],
        theme: LIGHT,
        window: null,
        hiddenCategories: none,
        matches,
      });
      expect(validateStyleMin(filtered).map((e) => e.message)).toEqual([]);
    }
  });

  it('looks ring offsets up by slot, in a style that still validates', () => {
    const offsetTable = [
      [0, 0],
      [0, -11],
      [11, 0],
    ] as const;
    const withRings = buildStyle({ basemap, events: features, clusters: empty, offsetTable, theme: LIGHT, window: null, hiddenCategories: new Set() });
    expect(validateStyleMin(withRings).map((e) => e.message)).toEqual([]);
    const layout = withRings.layers.find((l) => l.id === 'events')?.layout as Record<string, unknown>;
    expect(layout['icon-offset']).toEqual(['match', ['get', 'slot'], 1, ['literal', [0, -11]], 2, ['literal', [11, 0]], ['literal', [0, 0]]]);
  });

  it('needs nothing from another host: no glyphs, no sprite, inline sources', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
    for (const source of Object.values(style.sources)) expect(source).toMatchObject({ type: 'geojson', data: expect.any(Object) });
  });

  it('sets every label in the font the app ships', () => {
    const fonts = style.layers.flatMap((l) => (l.type === 'symbol' && l.layout?.['text-field'] ? [l.layout['text-font']] : []));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toEqual(['Noto Sans']);
    expect(FONT).toBe('Noto Sans');
  });

  it('has the layers the app points at and filters, with the initial window applied', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining([...INTERACTIVE_LAYERS, ...COUNTRY_AREA_LAYERS]));
    const layer = style.layers.find((l) => l.id === 'events');
    expect(layer && 'filter' in layer ? layer.filter : null).toEqual(inWindowFilter(YEAR_2019, new Set(['raid'])));
  });
});
