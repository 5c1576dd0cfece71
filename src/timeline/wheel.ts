/** The parts of a wheel event that decide what it does. */
export interface WheelInput {
  readonly deltaX: number;
  readonly deltaY: number;
  /** 0: pixels, 1: lines, 2: pages. */
  readonly deltaMode: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export type WheelIntent = 'zoom' | 'pan' | 'page';

/** Ctrl/⌘ zooms; a mostly sideways swipe pans the axis; anything else scrolls the page. */
export function wheelIntent(e: WheelInput): WheelIntent {
  if (e.ctrlKey || e.metaKey) return 'zoom';
  return Math.abs(e.deltaX) > Math.abs(e.deltaY) ? 'pan' : 'page';
}

/** A mouse notch is about 100 px or 3 lines. */
const PER_PIXEL = 0.004;
const PER_LINE = 0.13;

/**
 * How far one wheel event zooms, as a power of two (d3-zoom's wheelDelta). A mouse notch
 * gives about ×1.3, a pinch on a trackpad (many small deltas) glides, and no single event
 * more than doubles or halves the span.
 */
export function wheelZoomDelta(e: Pick<WheelInput, 'deltaY' | 'deltaMode'>): number {
  const perUnit = e.deltaMode === 1 ? PER_LINE : e.deltaMode === 2 ? 1 : PER_PIXEL;
  return Math.max(-1, Math.min(1, -e.deltaY * perUnit));
}

/** Pixels to move the axis for a sideways swipe, in pixels of the current view. */
export function wheelPanPixels(e: Pick<WheelInput, 'deltaX' | 'deltaMode'>): number {
  return e.deltaMode === 1 ? e.deltaX * 16 : e.deltaMode === 2 ? e.deltaX * 400 : e.deltaX;
}
