import { describe, expect, it } from 'vitest';
import { CONTENT_WIDTH, coverRect, fitWidth, MIN_TIMELINE_TEXT, SLIDE, slideFontSize, slideLayout, wrapLines, type Rect } from '../../../src/export/layout';

/** Every character is 10 pixels wide. */
const measure = (s: string) => s.length * 10;

const inside = (r: Rect, outer: Rect) => r.x >= outer.x && r.y >= outer.y && r.x + r.width <= outer.x + outer.width && r.y + r.height <= outer.y + outer.height;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const slide: Rect = { x: 0, y: 0, ...SLIDE };

describe('coverRect', () => {
  it('crops the sides of a source wider than the box, centred', () => {
    expect(coverRect({ width: 2000, height: 500 }, { width: 400, height: 200 })).toEqual({ x: 500, y: 0, width: 1000, height: 500 });
  });

  it('crops the top and bottom of a source taller than the box, centred', () => {
    expect(coverRect({ width: 800, height: 600 }, { width: 1600, height: 400 })).toEqual({ x: 0, y: 200, width: 800, height: 200 });
  });

  it('takes the whole source when the aspect ratios match, whatever the scale', () => {
    expect(coverRect({ width: 890, height: 445 }, { width: 1780, height: 890 })).toEqual({ x: 0, y: 0, width: 890, height: 445 });
  });

  it('keeps the aspect ratio of the box, so nothing is stretched', () => {
    const crop = coverRect({ width: 1234, height: 567 }, { width: 1428, height: 455 });
    expect(crop.width / crop.height).toBeCloseTo(1428 / 455, 10);
    expect(crop.x).toBeGreaterThanOrEqual(0);
    expect(crop.y).toBeGreaterThanOrEqual(0);
  });
});

describe('fitWidth', () => {
  it('scales to the width of the box', () => {
    expect(fitWidth({ width: 1000, height: 200 }, { x: 10, y: 20, width: 1500, height: 600 })).toEqual({ x: 10, y: 20, width: 1500, height: 300 });
  });

  it('scales down further when the full width would be taller than the box', () => {
    expect(fitWidth({ width: 1000, height: 500 }, { x: 0, y: 0, width: 1500, height: 250 })).toEqual({ x: 0, y: 0, width: 500, height: 250 });
  });
});

describe('wrapLines', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapLines('Raid in Rotterdam', 200, measure, 2)).toEqual(['Raid in Rotterdam']);
  });

  it('breaks at spaces', () => {
    expect(wrapLines('aaaa bbbb cccc', 90, measure, 3)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('ends the last line with an ellipsis when the text runs over', () => {
    expect(wrapLines('aaaa bbbb cccc dddd', 90, measure, 1)).toEqual(['aaaa bbb…']);
    const lines = wrapLines('aaaa bbbb cccc dddd eeee', 90, measure, 2);
    expect(lines).toEqual(['aaaa bbbb', 'cccc ddd…']);
    expect(lines.every((l) => measure(l) <= 90)).toBe(true);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapLines('Rotterdam', 50, measure, 2)).toEqual(['Rott…']);
  });

  it('returns no lines for empty text', () => {
    expect(wrapLines('  ', 100, measure, 2)).toEqual([]);
  });
});

describe('slideLayout', () => {
  const timeline = { width: 1264, height: 246 };
  const layout = slideLayout({ titleLines: 1, subtitleLines: 1, creditLines: 2, timeline });

  it('keeps every block on the slide, without overlaps', () => {
    const blocks = [layout.title, layout.subtitle, layout.map, layout.legend, layout.timeline as Rect, layout.credit];
    for (const b of blocks) expect(inside(b, slide)).toBe(true);
    for (let i = 0; i < blocks.length; i++) for (let j = i + 1; j < blocks.length; j++) expect(overlap(blocks[i], blocks[j])).toBe(false);
  });

  it('puts the timeline under the map at the map width, with its aspect ratio', () => {
    const t = layout.timeline as Rect;
    expect(t.y).toBeGreaterThan(layout.map.y + layout.map.height);
    expect(t.x).toBe(layout.map.x);
    expect(t.width).toBeCloseTo(layout.map.width, 6);
    expect(t.width / t.height).toBeCloseTo(timeline.width / timeline.height, 6);
  });

  it('gives the map the timeline’s room when there is no timeline', () => {
    const without = slideLayout({ titleLines: 1, subtitleLines: 1, creditLines: 2, timeline: null });
    expect(without.timeline).toBeNull();
    expect(without.map.height).toBeGreaterThan(layout.map.height + (layout.timeline as Rect).height);
  });

  it('limits a very tall timeline, so the map stays the larger picture', () => {
    const tall = slideLayout({ titleLines: 1, subtitleLines: 1, creditLines: 1, timeline: { width: 600, height: 900 } });
    expect((tall.timeline as Rect).height).toBeLessThan(tall.map.height);
  });

  it('makes room for a two-line title', () => {
    const two = slideLayout({ titleLines: 2, subtitleLines: 1, creditLines: 2, timeline });
    expect(two.subtitle.y).toBeGreaterThan(layout.subtitle.y);
    expect(two.map.height).toBeLessThan(layout.map.height);
    expect(two.title.width).toBe(CONTENT_WIDTH);
  });
});

describe('slideLayout with a selected event', () => {
  const base = { titleLines: 1, subtitleLines: 1, creditLines: 1, timeline: { width: 1100, height: 220 } };

  it('puts the caption under the legend, in the same column, clear of everything else', () => {
    const layout = slideLayout({ ...base, caption: { titleLines: 2, detailLines: 1 } });
    const caption = layout.caption as Rect;
    expect(caption.x).toBe(layout.legend.x);
    expect(caption.y).toBeGreaterThan(layout.legend.y + layout.legend.height);
    expect(caption.height).toBe(2 * 36 + 30);
    for (const other of [layout.map, layout.timeline as Rect, layout.title, layout.credit]) expect(overlap(caption, other)).toBe(false);
    expect(inside(caption, slide)).toBe(true);
  });

  it('has no caption and the full column for the legend when nothing is selected', () => {
    const layout = slideLayout(base);
    expect(layout.caption).toBeNull();
    expect(layout.legend.height).toBeGreaterThan(slideLayout({ ...base, caption: { titleLines: 1, detailLines: 1 } }).legend.height);
  });
});

describe('slideFontSize', () => {
  it('enlarges text that would be drawn smaller than the minimum', () => {
    expect(slideFontSize(11, 1.25) * 1.25).toBe(MIN_TIMELINE_TEXT);
  });

  it('keeps text that is large enough', () => {
    expect(slideFontSize(16, 2)).toBe(16);
  });
});
