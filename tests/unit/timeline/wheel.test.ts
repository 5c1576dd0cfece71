import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wheelIntent, wheelPanPixels, wheelZoomDelta } from '../../../src/timeline/wheel';

const wheel = (deltaX: number, deltaY: number, more: Partial<{ deltaMode: number; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  deltaX,
  deltaY,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  ...more,
});

describe('wheelIntent', () => {
  it('zooms with Ctrl or ⌘ held (and on a trackpad pinch, which sets ctrlKey)', () => {
    expect(wheelIntent(wheel(0, 100, { ctrlKey: true }))).toBe('zoom');
    expect(wheelIntent(wheel(0, 100, { metaKey: true }))).toBe('zoom');
  });

  it('pans on a mostly sideways swipe and leaves a vertical wheel to the page', () => {
    expect(wheelIntent(wheel(40, 5))).toBe('pan');
    expect(wheelIntent(wheel(5, 40))).toBe('page');
    expect(wheelIntent(wheel(0, 100))).toBe('page');
  });
});

describe('wheelZoomDelta', () => {
  it('zooms a mouse notch gently, in by scrolling up', () => {
    const notch = wheelZoomDelta({ deltaY: -100, deltaMode: 0 });
    expect(2 ** notch).toBeGreaterThan(1.2);
    expect(2 ** notch).toBeLessThan(1.5);
    expect(wheelZoomDelta({ deltaY: -3, deltaMode: 1 })).toBeCloseTo(notch, 1);
  });

  it('never more than doubles or halves the span in one event', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 2), (deltaY, deltaMode) => {
        const k = 2 ** wheelZoomDelta({ deltaY, deltaMode });
        return k <= 2 && k >= 0.5;
      }),
    );
  });
});

describe('wheelPanPixels', () => {
  it('turns lines and pages into pixels', () => {
    expect(wheelPanPixels({ deltaX: 30, deltaMode: 0 })).toBe(30);
    expect(wheelPanPixels({ deltaX: 2, deltaMode: 1 })).toBe(32);
  });
});
