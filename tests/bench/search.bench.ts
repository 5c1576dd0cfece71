import { bench, describe } from 'vitest';
import { buildStory } from '../../src/story/model';
import { buildIndex, searchEvents } from '../../src/search/searchIndex';
import { facetCounts, NO_FACETS } from '../../src/search/facets';
import { matchingIds } from '../../src/state/filter';
import { syntheticStory } from './synthetic';

// What typing costs at 100,000 events: the index is built once per story (when the page is idle),
// then each deferred keystroke runs one search and the id set the map and the list filter on.
const story = buildStory(syntheticStory(100_000));
const index = buildIndex(story.events);
const facets = { ...NO_FACETS, country: new Set(['NL']) };

describe('search at 100,000 events', () => {
  bench('build the index (once per story)', () => void buildIndex(story.events), { iterations: 3 });
  bench('search one short word', () => void searchEvents(index, 'ra'));
  bench('search two words', () => void searchEvents(index, 'raid rotterdam'));
  bench('matching ids for a search and a country', () => void matchingIds(story.events, facets, searchEvents(index, 'raid')));
  bench('facet counts', () => void facetCounts(story.events, facets));
});
