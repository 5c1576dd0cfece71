import type { Story } from '../story/model';
import type { Store } from '../state/store';
import { initialState } from '../state/store';
import { searchToState } from '../state/url';
import { sameRef, searchForStory, storyRefOf, type StoryRef } from './storyParams';

/**
 * Points the address and the app's store at a story. Another story gets a clean view (the old
 * selection and window mean nothing in it); the story the address already names keeps the view
 * the address gives, so a shared link or a reload opens where it was.
 */
export function openInApp(store: Store, ref: StoryRef, story: Story, fresh: boolean): void {
  document.title = `${story.title} · Incident Atlas`;
  if (!sameRef(storyRefOf(location.search), ref)) {
    history.replaceState(null, '', `${location.pathname}${searchForStory(location.search, ref)}${location.hash}`);
  }
  if (!fresh) return;
  store.setState({
    ...initialState,
    ...searchToState(location.search, new Set(story.byId.keys()), new Set(story.categories.map((c) => c.id)), story.chapters.length),
  });
}
