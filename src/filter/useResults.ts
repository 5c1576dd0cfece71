import { useDeferredValue, useEffect } from 'react';
import { useStore, type AppState, type Store } from '../state/store';
import { selectCategoryCounts, selectFacetCounts, selectMatches, selectOffscreenPoints, selectShadedCountries, selectVisibleEvents } from '../state/selectors';
import { indexFor } from '../search/indexCache';
import { queryTerms } from '../search/fold';

/**
 * What follows the filters and the search, read with the search deferred: the box shows each
 * key at once, and the map, timeline and list catch up in a render React may interrupt.
 */
export function useResults(store: Store) {
  const query = useStore(store, (s) => s.query);
  const deferred = useDeferredValue(query);
  const at = (s: AppState): AppState => (s.query === deferred ? s : { ...s, query: deferred });
  const story = useStore(store, (s) => s.story);
  useIdleIndex(story);
  return {
    visible: useStore(store, (s) => selectVisibleEvents(at(s))),
    matches: useStore(store, (s) => selectMatches(at(s))),
    categoryCounts: useStore(store, (s) => selectCategoryCounts(at(s))),
    facetCounts: useStore(store, (s) => selectFacetCounts(at(s))),
    shaded: useStore(store, (s) => selectShadedCountries(at(s))),
    offscreenPoints: useStore(store, (s) => selectOffscreenPoints(at(s))),
    terms: queryTerms(deferred),
    /** True while the shown results are still those of an earlier query. */
    stale: deferred !== query,
  };
}

/** Builds the story's search index while the page is idle, so the first key pressed does not wait for it. */
function useIdleIndex(story: AppState['story']) {
  useEffect(() => {
    // A busy map may leave the page never idle: build it within a few seconds regardless.
    if (!globalThis.requestIdleCallback) {
      const timer = setTimeout(() => indexFor(story), 500);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => indexFor(story), { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, [story]);
}
