import type { Story } from '../story/model';
import { createStore, initialState, type AppState, type Store } from '../state/store';
import { replaceStory, restoreUrl } from '../state/actions';
import { selectKnownIds } from '../state/selectors';
import { searchToState } from '../state/url';
import { chooseLang } from '../i18n/lang';
import { sameRef, searchForStory, storyRefOf, type StoryRef } from './storyParams';

/** The state the address describes for a story: its view, if the address is about that story. */
function fromAddress(state: AppState): Partial<AppState> {
  return restoreUrl(state, searchToState(location.search, selectKnownIds(state)));
}

/**
 * Points the address and the app's store at a story, creating the store for the first one.
 * Another story gets a clean view (the old selection and window mean nothing in it), then
 * whatever the address says: the story it already named keeps the view it gives, so a shared
 * link or a reload opens where it was. An edit of the open story (`fresh` false) keeps the view.
 */
export function openInApp(store: Store | null, ref: StoryRef, story: Story, fresh: boolean): Store {
  if (!sameRef(storyRefOf(location.search), ref)) {
    history.replaceState(null, '', `${location.pathname}${searchForStory(location.search, ref)}${location.hash}`);
  }
  if (!store) {
    const start = initialState(story, chooseLang(null, navigator.languages));
    return createStore({ ...start, ...fromAddress(start) });
  }
  if (!fresh) {
    store.setState({ story });
    return store;
  }
  // One change, so one notification and no history entry for the switch itself.
  const patch = replaceStory(store.getState(), story);
  store.setState({ ...patch, ...fromAddress({ ...store.getState(), ...patch }) });
  return store;
}
