import type { StoryEvent } from '../story/model';
import { overlapsWindow, type TimeWindow } from '../time/window';
import { indexOf } from '../time/windowIndex';

export interface Filters {
  /** Categories hidden by the reader; empty means every category is shown. */
  readonly hiddenCategories: ReadonlySet<string>;
}

export function passesFilters(event: StoryEvent, filters: Filters): boolean {
  return !filters.hiddenCategories.has(event.category);
}

/** The events a reader sees, in the (date) order they were given. */
export function visibleEvents(events: readonly StoryEvent[], window: TimeWindow | null, filters: Filters): StoryEvent[] {
  return inWindow(events, window).filter((e) => passesFilters(e, filters));
}

/** The events that overlap the window, in their order; found by bisection when they are sorted by start, as a story's are. */
export function inWindow<T extends StoryEvent>(events: readonly T[], window: TimeWindow | null): readonly T[] {
  if (!window) return events;
  return indexOf(events)?.inWindow(window) ?? events.filter((e) => overlapsWindow(e.time, window));
}
