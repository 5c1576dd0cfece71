import { describe, expect, it } from 'vitest';
import { touchMetrics } from '../../../src/timeline/marks';

describe('touchMetrics', () => {
  it('fits every row in the budget', () => {
    for (const rows of [1, 5, 10, 14]) expect(touchMetrics(rows, 120).rowHeight * rows, String(rows)).toBeLessThanOrEqual(120);
  });

  it('keeps rows between 8 and 20 px and bars inside them', () => {
    expect(touchMetrics(1, 120).rowHeight).toBe(20);
    expect(touchMetrics(40, 120).rowHeight).toBe(8);
    const m = touchMetrics(10, 120);
    expect(m.barHeight).toBeLessThan(m.rowHeight);
  });
});
