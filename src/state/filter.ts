import type { Millis } from '../time/edtf';
import type { StoryEvent } from '../story/model';

export interface TimeWindow {
  readonly start: Millis;
  readonly end: Millis;
}

export interface Filters {
  /** Categories hidden by the reader; empty means every category is shown. */
  readonly hiddenCategories: ReadonlySet<string>;
}

/** An event is in the window if any part of its possible span overlaps it. */
export function overlapsWindow(time: { min: Millis; max: Millis }, window: TimeWindow | null): boolean {
  return window === null || (time.max >= window.start && time.min <= window.end);
}

export function passesFilters(event: StoryEvent, filters: Filters): boolean {
  return !filters.hiddenCategories.has(event.category);
}

/** The events a reader sees, in the (date) order they were given. */
export function visibleEvents(events: readonly StoryEvent[], window: TimeWindow | null, filters: Filters): StoryEvent[] {
  return events.filter((e) => passesFilters(e, filters) && overlapsWindow(e.time, window));
}
