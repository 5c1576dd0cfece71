import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACET_KEYS, facetCounts, facetValues, NO_FACETS, passesFacet, type FacetSelection } from '../../../src/search/facets';
import type { StoryEvent } from '../../../src/story/model';
import { realStory } from '../fixtures';
import { ACTORS, COUNTRIES, storyArb } from '../randomStory';

const selection = fc.record({
  country: fc.subarray([...COUNTRIES, 'XX']).map((v) => new Set(v)),
  actor: fc.subarray(ACTORS.slice(0, 3)).map((v) => new Set(v)),
  verification: fc.subarray(['verified', 'none']).map((v) => new Set(v)),
  precision: fc.subarray(['city', 'country', 'none']).map((v) => new Set(v)),
});

/** Counted the obvious way: for each facet, the events passing every other facet, tallied per value. */
function naiveCounts(events: readonly StoryEvent[], facets: FacetSelection) {
  return Object.fromEntries(
    FACET_KEYS.map((key) => {
      const tally = new Map<string, number>();
      for (const e of events) {
        if (!FACET_KEYS.every((k) => k === key || passesFacet(e, k, facets[k]))) continue;
        for (const v of new Set(facetValues(e, key))) tally.set(v, (tally.get(v) ?? 0) + 1);
      }
      for (const v of facets[key]) if (!tally.has(v)) tally.set(v, 0);
      return [key, new Map([...tally].sort())];
    }),
  );
}

describe('facetCounts', () => {
  it('counts the real story’s countries, most events first', () => {
    const counts = facetCounts(realStory().events, NO_FACETS).country;
    expect(counts[0]).toEqual({ value: 'NL', count: 14 });
    expect(counts.map((c) => c.count)).toEqual([...counts.map((c) => c.count)].sort((a, b) => b - a));
  });

  it('counts each facet with the others applied but not itself, and lists chosen values with none', () => {
    const counts = facetCounts(realStory().events, { ...NO_FACETS, country: new Set(['DE', 'XX']) });
    expect(counts.country.find((c) => c.value === 'NL')?.count).toBe(14);
    expect(counts.country.find((c) => c.value === 'XX')).toEqual({ value: 'XX', count: 0 });
    expect(counts.actor.find((c) => c.value === 'BKA')?.count).toBe(2);
    expect(counts.actor.some((c) => c.value === 'AIVD')).toBe(false);
  });

  it('agrees with a naive count on random stories, sorted by count then value (property)', () => {
    fc.assert(
      fc.property(storyArb({ rich: true }, 20), selection, (story, facets) => {
        const counts = facetCounts(story.events, facets);
        const naive = naiveCounts(story.events, facets);
        for (const key of FACET_KEYS) {
          expect(new Map(counts[key].map((c) => [c.value, c.count] as const).sort())).toEqual(naive[key]);
          const list = counts[key];
          list
            .slice(1)
            .forEach((c, i) => expect(list[i].count > c.count || (list[i].count === c.count && list[i].value.localeCompare(c.value) <= 0)).toBe(true));
        }
      }),
      { numRuns: 150 },
    );
  });
});
