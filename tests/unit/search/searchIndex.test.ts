import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex, searchableText, searchEvents } from '../../../src/search/searchIndex';
import { fold, queryTerms } from '../../../src/search/fold';
import type { StoryEvent } from '../../../src/story/model';
import { realStory } from '../fixtures';
import { ACTORS, storyArb } from '../randomStory';

/** The obvious way: fold each event's text and look for every word in it. */
const naive = (events: readonly StoryEvent[], query: string) =>
  events.map((e) => (queryTerms(query).every((t) => fold(searchableText(e)).includes(t)) ? 1 : 0));

const found = (events: readonly StoryEvent[], query: string) => {
  const hits = searchEvents(buildIndex(events), query);
  return hits && events.filter((_, i) => hits[i]).map((e) => e.id);
};

describe('searchEvents', () => {
  const story = realStory();

  it('finds "Düsseldorf" from "dusseldorf", in titles and places', () => {
    expect(found(story.events, 'dusseldorf')).toContain('germany-arrest-herwig-ina-f-duesseldorf');
  });

  it('finds actors, with every word required', () => {
    expect(found(story.events, 'karaskova')).toEqual(['karaskova-europe-shift-comment']);
    expect(found(story.events, 'nuctech rotterdam')).toEqual(['nuctech-raid-rotterdam']);
    expect(found(story.events, 'nuctech zzzz')).toEqual([]);
  });

  it('returns null for a query without words', () => {
    expect(searchEvents(buildIndex(story.events), '  ')).toBeNull();
  });

  it('agrees with a naive search on random stories (property)', () => {
    const word = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...ACTORS, 'dusseldorf', 'e', '=', 'OR', 'ø'));
    fc.assert(
      fc.property(storyArb({ rich: false }, 20), fc.array(word, { maxLength: 3 }), (s, words) => {
        const query = words.join(' ');
        const hits = searchEvents(buildIndex(s.events), query);
        if (!queryTerms(query).length) expect(hits).toBeNull();
        else expect([...(hits as Uint8Array)]).toEqual(naive(s.events, query));
      }),
      { numRuns: 200 },
    );
  });

  it('never finds a word across two events', () => {
    const events = storyArbless();
    expect(found(events, 'first second')).toEqual([]);
  });
});

function storyArbless(): readonly StoryEvent[] {
  const base = realStory().events.slice(0, 2);
  return [
    { ...base[0], title: 'ends with first', summary: null, place: null, actors: [] },
    { ...base[1], title: 'second starts', summary: null, place: null, actors: [] },
  ];
}
