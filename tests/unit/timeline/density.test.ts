import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { densityBins } from '../../../src/timeline/density';
import { makeEvents, utc } from '../fixtures';

// 100 px for the year 2020, in 4 px bins: 25 bins of about two weeks each.
const x = scaleUtc()
  .domain([utc('2020-01-01'), utc('2021-01-01')])
  .range([0, 100]);
const byCategory = (e: { category: string }) => e.category;

describe('densityBins', () => {
  it('counts a day-precise event once, in the bin of its day, in its lane', () => {
    const events = makeEvents([{ id: 'a', date: '2020-01-02', category: 'raid' }]);
    const { counts, max, binWidth } = densityBins(events, x, 100, ['cyber', 'raid'], byCategory);
    expect(binWidth).toBe(4);
    expect(counts[0].every((c) => c === 0)).toBe(true);
    expect(counts[1][0]).toBe(1);
    expect(max).toBe(1);
  });

  it('spreads a vague date over its span so that it still weighs one event', () => {
    const events = makeEvents([{ id: 'a', date: '2020-21' }]); // spring 2020: March–May
    const { counts } = densityBins(events, x, 100, ['cyber'], byCategory);
    const touched = counts[0].filter((c) => c > 0);
    expect(touched.length).toBeGreaterThan(4);
    expect(touched.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('adds events that share a bin, and leaves out lanes it was not given and events off the axis', () => {
    const events = makeEvents([
      { id: 'a', date: '2020-06-01' },
      { id: 'b', date: '2020-06-02' },
      { id: 'c', date: '2020-06-02', category: 'report' },
      { id: 'd', date: '2023-06-02' },
    ]);
    const { counts, max } = densityBins(events, x, 100, ['cyber'], byCategory);
    expect(max).toBe(2);
    expect(counts[0].reduce((a, b) => a + b, 0)).toBe(2);
  });
});
