import type { Millis } from './edtf';

/** The span of time the reader is looking at, both ends included. */
export interface TimeWindow {
  readonly start: Millis;
  readonly end: Millis;
}

/** An event is in the window if any part of its possible span overlaps it; no window holds everything. */
export function overlapsWindow(time: { min: Millis; max: Millis }, window: TimeWindow | null): boolean {
  return window === null || (time.max >= window.start && time.min <= window.end);
}
