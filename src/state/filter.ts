import type { StoryEvent } from '../story/model';
import { overlapsWindow, type TimeWindow } from '../time/window';

export interface Filters {
  /** Categories hidden by the reader; empty means every category is shown. */
  readonly hiddenCategories: ReadonlySet<string>;
}

export function passesFilters(event: StoryEvent, filters: Filters): boolean {
  return !filters.hiddenCategories.has(event.category);
}

/** The events a reader sees, in the (date) order they were given. */
export function visibleEvents(events: readonly StoryEvent[], window: TimeWindow | null, filters: Filters): StoryEvent[] {
  return events.filter((e) => passesFilters(e, filters) && overlapsWindow(e.time, window));
}
