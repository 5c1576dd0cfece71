import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { aggregate, TILE_LAYER, tileFeatures, tileSet, timeBins } from '../../../../geodata/tiles/tileSet';
import { makeStory } from '../../fixtures';

const story = makeStory([
  { id: 'a', date: '2020-01-05', category: 'raid' },
  { id: 'b', date: '2020-01-20', category: 'raid' },
  { id: 'c', date: '2020-03', category: 'cyber', place: { lon: 21.01, lat: 52.23, name: 'Warsaw', country: 'PL' } },
  { id: 'd', date: '2021', category: 'report' },
]);
const features = tileFeatures(story.placed);

/** The features of a tile's events layer, with their properties. */
function read(pbf: Uint8Array) {
  const layer = new VectorTile(new PbfReader(pbf)).layers[TILE_LAYER];
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => layer.feature(i).properties);
}

describe('tileSet', () => {
  const tiles = [...tileSet(features, 4)];

  it('tileSet(features, maxZoom) cuts tiles at every zoom, each holding its events once', () => {
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([0, 1, 2, 3, 4]));
    const deepest = tiles.filter((t) => t.z === 4).flatMap((t) => read(t.pbf));
    expect(deepest.map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(deepest.find((p) => p.id === 'c')).toMatchObject({ t0: story.byId.get('c')?.time.min, t1: story.byId.get('c')?.time.max, count: 1 });
  });

  it('tileSet(features, maxZoom) counts every event once in the aggregates above the deepest zoom', () => {
    const world = tiles.filter((t) => t.z === 0).flatMap((t) => read(t.pbf));
    expect(world.reduce((sum, p) => sum + Number(p.count), 0)).toBe(4);
  });
});

describe('aggregate', () => {
  it('aggregate(features, z) joins events of one cell, category and month, and keeps the month as their span', () => {
    const cells = aggregate(features, 0).features.map((f) => f.properties);
    const january = cells.find((p) => p.category === 'raid' && p.count === 2);
    expect(january).toBeDefined();
    expect(january?.t0).toBeLessThanOrEqual(story.byId.get('a')?.time.min ?? NaN);
    expect(january?.t1).toBeGreaterThanOrEqual(story.byId.get('b')?.time.min ?? NaN);
    expect(cells.reduce((sum, p) => sum + p.count, 0)).toBe(4);
  });
});

describe('timeBins', () => {
  it('timeBins(events, categories, width) shares each event over the bins it spans', () => {
    const bins = timeBins(story.placed, ['cyber', 'raid', 'report'], 86_400_000 * 366);
    const totals = bins.counts.map((row) => row.reduce((a, b) => a + b, 0));
    expect(totals).toEqual([1, 2, 1]);
    expect(bins.start).toBeLessThanOrEqual(story.extent[0]);
  });
});
