import { describe, expect, it } from 'vitest';
import { matchSnippet } from '../../../src/search/snippet';
import { eventById, realStory } from '../fixtures';

describe('matchSnippet', () => {
  const story = realStory();

  it('says nothing when the title or the place shows the match', () => {
    expect(matchSnippet(eventById(story, 'germany-arrest-herwig-ina-f-duesseldorf'), ['dusseldorf'])).toBeNull();
  });

  it('names the actor that matched', () => {
    expect(matchSnippet(eventById(story, 'karaskova-europe-shift-comment'), ['karaskova'])).toBe('Ivana Karásková');
  });

  it('quotes the summary around the match', () => {
    const snippet = matchSnippet(eventById(story, 'germany-arrest-thomas-r-bad-homburg'), ['dusseldorf']);
    expect(snippet === null || /düsseldorf/i.test(snippet)).toBe(true);
  });
});
