import type { StoryEvent } from '../story/model';
import { overlapsWindow, type TimeWindow } from '../time/window';
import { indexOf } from '../time/windowIndex';
import { hasFacets, passesFacets, type FacetSelection } from '../search/facets';

export interface Filters {
  /** Categories hidden by the reader; empty means every category is shown. */
  readonly hiddenCategories: ReadonlySet<string>;
  /**
   * The events the facets and the search let through, by id; null (or absent) when neither is
   * in use. Kept apart from the categories, which the map and timeline filter on their own.
   */
  readonly matches?: ReadonlySet<string> | null;
}

export function passesFilters(event: StoryEvent, filters: Filters): boolean {
  return !filters.hiddenCategories.has(event.category) && (!filters.matches || filters.matches.has(event.id));
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

/**
 * The ids of the events that pass the facets and the search (`hits`, by event index, from
 * searchEvents); null when neither narrows anything, so the common case costs nothing.
 */
export function matchingIds(events: readonly StoryEvent[], facets: FacetSelection, hits: Uint8Array | null): ReadonlySet<string> | null {
  if (!hits && !hasFacets(facets)) return null;
  const ids = new Set<string>();
  events.forEach((e, i) => {
    if ((!hits || hits[i]) && passesFacets(e, facets)) ids.add(e.id);
  });
  return ids;
}
