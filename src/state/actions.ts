import type { Story } from '../story/model';
import type { MapView } from '../story/schema';
import type { TimeWindow } from '../time/window';
import { NO_FACETS, type FacetKey } from '../search/facets';
import { NO_CATEGORIES, type AppState } from './store';
import type { UrlState } from './url';
import type { Lang } from '../i18n/lang';

/**
 * What a reader can do, as pure functions from the state (which holds the story) to the
 * patch that does it. Apply one with `store.update(action, ...args)`: one user action is
 * one state change, so one notification and at most one history entry (see history.ts).
 * Side effects (moving the map, full screen, focus) stay with the component that asks.
 *
 * To show another story (an import, a stored story, ?data=): `store.update(replaceStory, story)`.
 * It clears the selection, hover, time window, filters, search and presenter mode, and
 * forgets the map view, so nothing of the old story points into the new one.
 */

export const select = (_: AppState, id: string | null): Partial<AppState> => ({ selectedId: id });

export const hover = (_: AppState, id: string | null): Partial<AppState> => ({ hoveredId: id });

export const setWindow = (_: AppState, window: TimeWindow | null): Partial<AppState> => ({ window });

export const setView = (_: AppState, view: MapView): Partial<AppState> => ({ view });

export function toggleCategory(state: AppState, id: string): Partial<AppState> {
  const next = new Set(state.hiddenCategories);
  if (!next.delete(id)) next.add(id);
  return { hiddenCategories: next };
}

/** Chooses a facet value, or unchooses it if chosen. */
export function toggleFacet(state: AppState, key: FacetKey, value: string): Partial<AppState> {
  const next = new Set(state.facets[key]);
  if (!next.delete(value)) next.add(value);
  return { facets: { ...state.facets, [key]: next } };
}

export const setQuery = (_: AppState, query: string): Partial<AppState> => ({ query });

/** Every category shown, no facet chosen, no search: one step, one history entry. */
export const clearFilters = (): Partial<AppState> => ({ hiddenCategories: NO_CATEGORIES, facets: NO_FACETS, query: '' });

/** Shows a chapter (clamped to the story's): its first event selected, every event shown. */
export function goToChapter(state: AppState, index: number): Partial<AppState> {
  const { chapters } = state.story;
  const chapter = Math.max(0, Math.min(chapters.length - 1, index));
  return { chapter, selectedId: chapters[chapter]?.events[0] ?? null, ...clearFilters() };
}

export function startPresenting(state: AppState): Partial<AppState> {
  return state.story.chapters.length ? { presenting: true, ...goToChapter(state, 0) } : {};
}

export const stopPresenting = (): Partial<AppState> => ({ presenting: false });

export function replaceStory(_: AppState, story: Story): Partial<AppState> {
  return { story, selectedId: null, hoveredId: null, window: null, ...clearFilters(), view: null, presenting: false, chapter: 0 };
}

/** The reader's choice of language; everything else stays as it is. */
export const setLang = (_: AppState, lang: Lang): Partial<AppState> => ({ lang, langChosen: true });

/**
 * The state a link (or Back) describes; a deck link without an event opens on the chapter's first.
 * A link without `?lang=` leaves the language alone: it is the reader's, not the view's.
 */
export function restoreUrl(state: AppState, url: UrlState): Partial<AppState> {
  const { lang, ...view } = url;
  const chapter = view.presenting && view.selectedId === null ? goToChapter(state, view.chapter) : {};
  return { ...view, hoveredId: null, ...chapter, ...(lang ? setLang(state, lang) : {}) };
}
