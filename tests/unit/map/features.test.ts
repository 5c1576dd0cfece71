import { describe, expect, it } from 'vitest';
import { arc, eventFeatures, iconName, offsetSlots, relationFeatures } from '../../../src/map/features';
import { endOfDay, makeStory, placedById, utc } from '../fixtures';

const story = makeStory([
  { id: 'nxp-intrusion', date: '2017-36/2020-21', category: 'cyber', place: { lon: 5.4697, lat: 51.4416 } },
  { id: 'nxp-confirms', date: '2023-11', category: 'report', place: { lon: 5.4697, lat: 51.4416 } },
  { id: 'taiwan', date: '2018/2019', category: 'cyber', place: { lon: 120.9605, lat: 23.6978, precision: 'country', country: 'TW' } },
  { id: 'balloon', date: '2023-02-02/2023-02-04', category: 'report', place: { lon: -78.88, lat: 33.58, precision: 'region', country: 'US' } },
]);
const event = (id: string) => placedById(story, id);

describe('iconName', () => {
  it('names the image by category and variant', () => {
    expect(iconName('cyber', 'region')).toBe('cyber/region');
  });
});

describe('eventFeatures', () => {
  const collection = eventFeatures(story.placed, new Map([['nxp-intrusion', [0, -11] as const]]));
  const feature = (id: string) => collection.features.find((f) => f.id === id);

  it('makes one point feature per event, at its place', () => {
    expect(collection.features.map((f) => f.id)).toEqual(story.events.map((e) => e.id));
    expect(feature('taiwan')?.geometry.coordinates).toEqual([120.9605, 23.6978]);
  });

  it('carries the span the GPU-side time filter reads, in UTC ms', () => {
    expect(feature('nxp-intrusion')?.properties).toMatchObject({ t0: utc('2017-10-01'), t1: endOfDay('2020-05-31') });
    expect(feature('balloon')?.properties).toMatchObject({ t0: utc('2023-02-02'), t1: endOfDay('2023-02-04') });
  });

  it('picks the icon from category and place precision', () => {
    expect(['nxp-intrusion', 'taiwan', 'balloon'].map((id) => feature(id)?.properties.icon)).toEqual(['cyber/point', 'cyber/country', 'report/region']);
  });

  it('points each event to its ring offset in the offset table, or to no offset', () => {
    const { table } = offsetSlots(new Map([['nxp-intrusion', [0, -11] as const]]));
    expect(table[feature('nxp-intrusion')?.properties.slot ?? -1]).toEqual([0, -11]);
    expect(table[feature('taiwan')?.properties.slot ?? -1]).toEqual([0, 0]);
  });
});

describe('arc', () => {
  it('runs from a to b in the number of steps asked for', () => {
    const line = arc([4.9, 52.4], [21, 52.2], 16);
    expect(line).toHaveLength(17);
    expect(line[0]).toEqual([4.9, 52.4]);
    expect(line[16][0]).toBeCloseTo(21, 10);
    expect(line[16][1]).toBeCloseTo(52.2, 10);
  });

  it('bows to the left of the direction of travel, so a → b and b → a differ', () => {
    // Eastward from (0, 0) to (10, 0): left is north. The midpoint sits half the control offset up.
    expect(arc([0, 0], [10, 0], 2)[1]).toEqual([5, 1]);
    expect(arc([10, 0], [0, 0], 2)[1]).toEqual([5, -1]);
  });
});

describe('relationFeatures', () => {
  const collection = relationFeatures([
    { from: event('taiwan'), to: event('nxp-intrusion'), kind: 'same actor' },
    { from: event('nxp-confirms'), to: event('nxp-intrusion'), kind: 'confirms' },
  ]);

  it('draws an arc between related events at different places', () => {
    expect(collection.features).toHaveLength(1);
    const [line] = collection.features;
    expect(line.geometry.coordinates[0]).toEqual([120.9605, 23.6978]);
    expect(line.geometry.coordinates.at(-1)?.map((v) => Math.round(v * 1e4) / 1e4)).toEqual([5.4697, 51.4416]);
  });

  it('carries both ends’ spans and categories for the filters', () => {
    expect(collection.features[0].properties).toEqual({
      kind: 'same actor',
      from: 'taiwan',
      to: 'nxp-intrusion',
      a0: utc('2018-01-01'),
      a1: endOfDay('2019-12-31'),
      b0: utc('2017-10-01'),
      b1: endOfDay('2020-05-31'),
      aCategory: 'cyber',
      bCategory: 'cyber',
    });
  });
});

describe('offsetSlots', () => {
  it('numbers each distinct offset once, with slot 0 for none', () => {
    const { slotOf, table } = offsetSlots(
      new Map<string, readonly [number, number]>([
        ['a', [0, -11]],
        ['b', [0, 11]],
        ['c', [0, -11]],
        ['d', [0, 0]],
      ]),
    );
    expect(table).toEqual([
      [0, 0],
      [0, -11],
      [0, 11],
    ]);
    expect(Object.fromEntries(slotOf)).toEqual({ a: 1, b: 2, c: 1, d: 0 });
  });
});
