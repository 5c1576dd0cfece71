import { isPlaced, type Story, type StoryEvent } from '../story/model';
import type { RelationLine } from '../map/features';
import { categoryStyles, type CategoryStyle } from '../symbols/palette';
import { overlapsWindow, type TimeWindow } from '../time/window';
import { facetCounts, storyFacetValues, type FacetCounts } from '../search/facets';
import { queryTerms } from '../search/fold';
import { searchEvents } from '../search/searchIndex';
import { indexFor } from '../search/indexCache';
import { inWindow, matchingIds, passesFilters, visibleEvents, type Filters } from './filter';
import { selector } from './memo';
import type { AppState } from './store';
import { translated } from '../story/translated';

/**
 * What the map, the timeline, the list and the legend derive from the store, computed once
 * per change of their inputs however many components read them.
 */

/** Events per category within the window (and among the facets' and search's matches), for the legend. */
export function countByCategory(story: Story, window: TimeWindow | null, matches: ReadonlySet<string> | null = null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of inWindow(story.events, window)) if (!matches || matches.has(e.id)) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return counts;
}

/** The facet values' counts among the events in the window, of shown categories, that the search finds. */
export function countFacets(
  story: Story,
  window: TimeWindow | null,
  state: Pick<AppState, 'hiddenCategories' | 'facets'>,
  hits: Uint8Array | null,
): FacetCounts {
  // Without a search, the window's events by bisection: a scan of 100,000 at every scrub step cost more than the rest.
  const inView = hits ? story.events.filter((e, i) => hits[i] && overlapsWindow(e.time, window)) : inWindow(story.events, window);
  const events = inView.filter((e) => !state.hiddenCategories.has(e.category));
  return facetCounts(events, state.facets);
}

/** Countries to outline: where a shown event is known only to the country, and the selected event's. */
export function shadedCountries(story: Story, window: TimeWindow | null, filters: Filters, selectedId: string | null): string[] {
  const codes = new Set<string>();
  const selected = selectedId ? story.byId.get(selectedId) : undefined;
  for (const e of selected ? [selected, ...inWindow(story.events, window)] : inWindow(story.events, window)) {
    const country = e.place?.precision === 'country' ? e.place.country : null;
    if (country === null) continue;
    if (e === selected || passesFilters(e, filters)) codes.add(country);
  }
  return [...codes].sort();
}

/** The lines drawn for the selected event: one per relation it takes part in, between events on the map. */
export function selectedRelationLines(story: Story, selectedId: string | null): RelationLine[] {
  if (!selectedId) return [];
  return story.relations
    .filter((r) => r.from === selectedId || r.to === selectedId)
    .flatMap((r) => {
      const from = story.byId.get(r.from);
      const to = story.byId.get(r.to);
      return from && to && isPlaced(from) && isPlaced(to) ? [{ from, to, kind: r.kind }] : [];
    });
}

const NONE: readonly string[] = [];

export const selectStory = (s: AppState): Story => s.story;
/** The story as the reader sees it: its own words in the interface's language where it has them. */
export const selectShownStory = selector(
  (s) => [s.story, s.lang] as const,
  (story, lang) => translated(story, lang),
);
/** Which events hold every word of the search, by index; null without one. The index is built on first use. */
export const selectQueryHits = selector(
  (s) => [s.story, s.query] as const,
  (story, query) => (queryTerms(query).length ? searchEvents(indexFor(story), query) : null),
);
export const selectMatches = selector(
  (s) => [s.story, s.facets, selectQueryHits(s)] as const,
  (story, facets, hits) => matchingIds(story.events, facets, hits),
);
export const selectFilters = selector(
  (s) => [s.hiddenCategories, selectMatches(s)] as const,
  (hiddenCategories, matches): Filters => ({ hiddenCategories, matches }),
);
export const selectStyles = selector(
  (s) => [selectShownStory(s).categories] as const,
  (categories): readonly CategoryStyle[] => categoryStyles(categories),
);
export const selectStyleById = selector(
  (s) => [selectStyles(s)] as const,
  (styles): ReadonlyMap<string, CategoryStyle> => new Map(styles.map((style) => [style.id, style])),
);
export const selectVisibleEvents = selector(
  (s) => [s.story, s.window, selectFilters(s)] as const,
  (story, window, filters): readonly StoryEvent[] => visibleEvents(story.events, window, filters),
);
export const selectCategoryCounts = selector(
  (s) => [s.story, s.window, selectMatches(s)] as const,
  (story, window, matches) => countByCategory(story, window, matches),
);
export const selectFacetCounts = selector(
  (s) => [s.story, s.window, s.hiddenCategories, s.facets, selectQueryHits(s)] as const,
  (story, window, hiddenCategories, facets, hits) => countFacets(story, window, { hiddenCategories, facets }, hits),
);
export const selectShadedCountries = selector(
  (s) => [s.story, s.window, selectFilters(s), s.selectedId] as const,
  (story, window, filters, selectedId) => shadedCountries(story, window, filters, selectedId),
);
export const selectRelationLines = selector(
  (s) => [selectShownStory(s), s.selectedId] as const,
  (story, id) => selectedRelationLines(story, id),
);
export const selectSelectedEvent = (s: AppState): StoryEvent | undefined => (s.selectedId ? s.story.byId.get(s.selectedId) : undefined);

/** The shown events that have a place, as points for the indicators of events outside the map's view. */
export const selectOffscreenPoints = selector(
  (s) => [selectVisibleEvents(s)] as const,
  (visible) => visible.filter(isPlaced).map((e) => ({ id: e.id, lon: e.place.lon, lat: e.place.lat })),
);

/** The events of the chapter on screen, ringed on the map while presenting. */
export const selectFeaturedIds = selector(
  (s) => [s.presenting, s.story, s.chapter] as const,
  (presenting, story, chapter): readonly string[] => (presenting ? (story.chapters[chapter]?.events ?? NONE) : NONE),
);

/** The ids a link may name, for reading the URL. */
export const selectKnownIds = selector(
  (s) => [s.story] as const,
  (story) => ({
    events: new Set(story.byId.keys()),
    categories: new Set(story.categories.map((c) => c.id)),
    chapterCount: story.chapters.length,
    ...storyFacetValues(story.events),
  }),
);
