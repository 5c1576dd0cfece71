import type { Store } from './store';
import { searchToState, stateToSearch, toUrlState, type KnownIds, type UrlState } from './url';
import { restoreUrl } from './actions';

export interface SyncOptions {
  /**
   * False in an embed: an iframe's entries are the host page's too, and a reader's Back
   * button must leave the article, not step through the graphic.
   */
  readonly newEntries: boolean;
}

/**
 * Keeps the URL a serialisation of the store. A new selection is a history entry,
 * so Back steps through selections (unless `newEntries` is off); other changes
 * replace the current entry, at most a few times a second.
 */
export function syncUrl(store: Store, known: KnownIds, onRestore: (state: UrlState) => void, { newEntries }: SyncOptions = { newEntries: true }): () => void {
  let last = store.getState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A state restored from the URL must not be written back as a new entry.
  let restoring = false;
  const write = (push: boolean) => {
    const search = stateToSearch(toUrlState(store.getState()), location.search);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    if (restoring) {
      last = state;
      return;
    }
    const urlChanged =
      state.window !== last.window ||
      state.hiddenCategories !== last.hiddenCategories ||
      state.facets !== last.facets ||
      state.query !== last.query ||
      state.view !== last.view ||
      state.lang !== last.lang;
    if (state.selectedId !== last.selectedId || state.chapter !== last.chapter || state.presenting !== last.presenting) {
      clearTimeout(timer);
      write(newEntries);
    } else if (urlChanged) {
      clearTimeout(timer);
      timer = setTimeout(() => write(false), 250);
    }
    last = state;
  });
  const onPopState = () => {
    const restored = searchToState(location.search, known);
    restoring = true;
    store.update(restoreUrl, restored);
    restoring = false;
    onRestore(restored);
  };
  addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    removeEventListener('popstate', onPopState);
  };
}
