import { describe, expect, it } from 'vitest';
import { uncoveredBounds, uncoveredCentre } from '../../../src/app/clearOfSheet';
import { inBounds } from '../../../src/map/offscreen';

const VIEW = { west: -0.9, south: 49.2, east: 14.2, north: 54.2 };

describe('uncoveredBounds', () => {
  it('keeps the top half of the view for a bottom sheet, cut in Web Mercator', () => {
    const top = uncoveredBounds(VIEW, 'bottom', 0.5, 0);
    expect(top.north).toBeCloseTo(54.2);
    expect(top.west).toBeCloseTo(-0.9);
    // Halfway down a Mercator map is north of the mean latitude.
    expect(top.south).toBeGreaterThan((49.2 + 54.2) / 2);
    expect(top.south).toBeLessThan(52);
  });

  it('keeps the left part for a panel on the right', () => {
    const left = uncoveredBounds(VIEW, 'right', 0.5, 0);
    expect(left.east).toBeCloseTo(-0.9 + 15.1 / 2);
    expect([left.south, left.north]).toEqual([expect.closeTo(49.2), expect.closeTo(54.2)]);
  });

  it('tells an event under the sheet from one above it', () => {
    const visible = uncoveredBounds(VIEW, 'bottom');
    expect(inBounds({ lon: 8.6, lat: 50.2 }, visible)).toBe(false); // Bad Homburg, low in the view
    expect(inBounds({ lon: 5.3, lat: 53.2 }, visible)).toBe(true);
  });
});

describe('uncoveredCentre', () => {
  it('puts the point in the middle of what the sheet leaves', () => {
    expect(uncoveredCentre('bottom', { width: 375, height: 300 })).toEqual([0, -75]);
    expect(uncoveredCentre('right', { width: 800, height: 400 })).toEqual([-200, 0]);
  });
});
