import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchForStory, storyRefOf, type StoryRef } from '../../../src/stories/storyParams';

describe('storyRefOf', () => {
  it('reads ?data= before ?story=, and the bundled story otherwise', () => {
    expect(storyRefOf('?data=a.json&story=k1')).toEqual({ kind: 'url', url: 'a.json' });
    expect(storyRefOf('?story=mx4lb0so-9v0sgj&event=a')).toEqual({ kind: 'stored', key: 'mx4lb0so-9v0sgj' });
    expect(storyRefOf('?event=a')).toEqual({ kind: 'bundled' });
  });

  it('ignores a malformed story key', () => {
    expect(storyRefOf('?story=../x')).toEqual({ kind: 'bundled' });
    expect(storyRefOf(`?story=${'a'.repeat(41)}`)).toEqual({ kind: 'bundled' });
  });
});

describe('searchForStory', () => {
  it('keeps the page flags and drops the old story’s view', () => {
    expect(searchForStory('?embed=1&theme=dark&event=a&from=2020-01-01&to=2020-02-01&data=old.json', { kind: 'stored', key: 'k1' })).toBe(
      '?embed=1&theme=dark&story=k1',
    );
    expect(searchForStory('?story=k1&map=5/52/4', { kind: 'bundled' })).toBe('');
  });

  it('gives back the reference it writes', () => {
    const ref = fc.oneof(
      fc.constant<StoryRef>({ kind: 'bundled' }),
      fc.stringMatching(/^[a-z0-9-]{1,40}$/).map((key): StoryRef => ({ kind: 'stored', key })),
      fc
        .string({ minLength: 1 })
        .filter((s) => s.trim() === s && s !== '')
        .map((url): StoryRef => ({ kind: 'url', url })),
    );
    fc.assert(
      fc.property(ref, fc.string(), (r, search) => {
        expect(storyRefOf(searchForStory(search, r))).toEqual(r);
      }),
    );
  });
});
