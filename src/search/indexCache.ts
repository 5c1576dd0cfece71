import type { Story } from '../story/model';
import { buildIndex, type SearchIndex } from './searchIndex';

/** One index per story, built on first use (or ahead of it, when the page is idle: see warmIndex). */
const cache = new WeakMap<Story, SearchIndex>();

export function indexFor(story: Story): SearchIndex {
  let index = cache.get(story);
  if (!index) {
    index = buildIndex(story.events);
    cache.set(story, index);
  }
  return index;
}
