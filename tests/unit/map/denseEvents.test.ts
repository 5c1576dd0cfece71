import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  denseAttributes,
  denseColours,
  denseHits,
  densePoints,
  hexRgb,
  hiddenMask,
  isDense,
  DENSE_LIMIT,
  mercator,
  splitTime,
} from '../../../src/map/denseEvents';
import { worldPixel } from '../../../src/map/clusters';
import { overlapsWindow } from '../../../src/time/window';
import { makeStory } from '../fixtures';

/** What a float32 makes of a number. */
const f32 = (x: number) => Math.fround(x);

describe('splitTime', () => {
  it('splitTime(ms) gives two parts exact in a float32 that compare as the number does', () => {
    const ms = fc.double({ min: -2.5e14, max: 2.5e14, noNaN: true }).map((x) => Math.round(x) + 0);
    fc.assert(
      fc.property(ms, ms, (a, b) => {
        const [ah, al] = splitTime(a);
        const [bh, bl] = splitTime(b);
        expect([f32(ah), f32(al)]).toEqual([ah, al]);
        expect(ah * 2 ** 24 + al).toBe(a);
        const atLeast = ah > bh || (ah === bh && al >= bl);
        expect(atLeast).toBe(a >= b);
      }),
    );
  });

  it('splitTime(±Infinity) clamps to the far ends rather than failing', () => {
    const [hi] = splitTime(Infinity);
    const [lo] = splitTime(-Infinity);
    expect(Number.isFinite(hi) && Number.isFinite(lo) && hi > 0 && lo < 0).toBe(true);
  });
});

describe('mercator', () => {
  it('mercator(lon, lat) is worldPixel at zoom 0 over the 512-pixel world', () => {
    const [x, y] = worldPixel(4.9, 52.37, 0);
    const [mx, my] = mercator(4.9, 52.37);
    expect(mx).toBeCloseTo(x / 512, 12);
    expect(my).toBeCloseTo(y / 512, 12);
  });
});

describe('densePoints', () => {
  const story = makeStory([
    { id: 'a', date: '2020-01-01', category: 'raid' },
    { id: 'b', date: '2020-06', category: 'report' },
    { id: 'c', date: '2021', category: 'raid' },
  ]);
  const points = densePoints(story.placed, new Map());

  it('densePoints(events) keeps the events in order, with their icons and times', () => {
    expect(points.ids).toEqual(story.placed.map((e) => e.id));
    expect([...points.t0]).toEqual(story.placed.map((e) => e.time.min));
    expect(points.icons[0]).toMatch(/^\w+\/(point|region|country)$/);
  });

  it('denseAttributes(points) holds each time as two float32 parts', () => {
    const { time, position } = denseAttributes(points);
    expect(time.length).toBe(4 * points.ids.length);
    expect(position.length).toBe(2 * points.ids.length);
    expect([time[0], time[1]]).toEqual(splitTime(points.t0[0]));
  });

  it('hiddenMask(points, hidden) marks the events of hidden categories', () => {
    expect([...hiddenMask(points, new Set(['raid']))]).toEqual(points.categories.map((c) => (c === 'raid' ? 1 : 0)));
  });

  it('hiddenMask(points, hidden, matches) also hides what the facets and search leave out', () => {
    expect([...hiddenMask(points, new Set(), new Set(['a']))]).toEqual(points.ids.map((id) => (id === 'a' ? 0 : 1)));
    const at: [number, number] = [points.xy[0], points.xy[1]];
    expect(denseHits(points, at, 1, null, new Set(), new Set(['b']))).toEqual(['b']);
  });

  it('denseColours(points, colours) gives each event its category colour', () => {
    const rgb = denseColours(points, new Map([[points.categories[0], '#ff0000']]));
    expect([...rgb.slice(0, 3)]).toEqual([1, 0, 0]);
  });

  it('denseHits(points, at, r, window, hidden) finds the shown events near a point before the faded ones', () => {
    const at: [number, number] = [points.xy[0], points.xy[1]];
    const all = denseHits(points, at, 1, null, new Set());
    expect([...all].sort()).toEqual([...points.ids].sort());
    const window = { start: story.placed[0].time.min, end: story.placed[0].time.max };
    const hits = denseHits(points, at, 1, window, new Set());
    const shown = story.placed.filter((e) => overlapsWindow(e.time, window)).map((e) => e.id);
    expect(hits.slice(0, shown.length).sort()).toEqual([...shown].sort());
    expect(denseHits(points, at, 1, null, new Set(points.categories))).toEqual([]);
    expect(denseHits(points, [at[0] + 0.5, at[1]], 1e-6, null, new Set())).toEqual([]);
  });
});

describe('hexRgb', () => {
  it('hexRgb("#rrggbb") reads the three channels', () => {
    expect(hexRgb('#0072B2')).toEqual([0, 0x72 / 255, 0xb2 / 255]);
    expect(hexRgb('red')).toEqual([0, 0, 0]);
  });
});

describe('isDense', () => {
  it('isDense(n) is true only above DENSE_LIMIT', () => {
    expect(isDense(DENSE_LIMIT)).toBe(false);
    expect(isDense(DENSE_LIMIT + 1)).toBe(true);
  });
});
