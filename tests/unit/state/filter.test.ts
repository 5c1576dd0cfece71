import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchingIds, passesFilters, visibleEvents } from '../../../src/state/filter';
import { NO_FACETS } from '../../../src/search/facets';
import { buildIndex, searchableText, searchEvents } from '../../../src/search/searchIndex';
import { fold, queryTerms } from '../../../src/search/fold';
import { ACTORS, COUNTRIES, storyArb } from '../randomStory';
import type { TimeWindow } from '../../../src/time/window';
import { endOfDay, makeEvents, utc } from '../fixtures';

const YEAR_2019: TimeWindow = { start: utc('2019-01-01'), end: endOfDay('2019-12-31') };
const noFilters = { hiddenCategories: new Set<string>() };

const events = makeEvents([
  { id: 'nxp-intrusion', date: '2017-36/2020-21', category: 'cyber' },
  { id: 'taiwan', date: '2018/2019', category: 'cyber' },
  { id: 'transavia', date: '2019-09-12/2019-11', category: 'cyber' },
  { id: 'blacklist', date: '2020', category: 'report' },
  { id: 'raids', date: '2024-04-23', category: 'raid' },
]);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('passesFilters', () => {
  it('hides events of hidden categories only', () => {
    const hidden = { hiddenCategories: new Set(['cyber']) };
    expect(events.map((e) => passesFilters(e, hidden))).toEqual([false, false, false, true, true]);
  });
});

describe('visibleEvents', () => {
  it('keeps, in order, the events that may have happened in the window', () => {
    expect(ids(visibleEvents(events, YEAR_2019, noFilters))).toEqual(['nxp-intrusion', 'taiwan', 'transavia']);
  });

  it('applies the category filter with or without a window', () => {
    const hidden = { hiddenCategories: new Set(['cyber']) };
    expect(ids(visibleEvents(events, YEAR_2019, hidden))).toEqual([]);
    expect(ids(visibleEvents(events, null, hidden))).toEqual(['blacklist', 'raids']);
  });

  it('never hides an event when the window widens (property)', () => {
    const day = fc.integer({ min: utc('2016-01-01'), max: utc('2025-01-01') });
    fc.assert(
      fc.property(day, day, day, day, (a, b, c, d) => {
        const [outerStart, innerStart, innerEnd, outerEnd] = [a, b, c, d].sort((x, y) => x - y);
        const inner = new Set(ids(visibleEvents(events, { start: innerStart, end: innerEnd }, noFilters)));
        const outer = new Set(ids(visibleEvents(events, { start: outerStart, end: outerEnd }, noFilters)));
        expect([...inner].filter((id) => !outer.has(id))).toEqual([]);
      }),
    );
  });
});

describe('matchingIds', () => {
  it('is null when neither a facet nor a search narrows anything', () => {
    expect(matchingIds(events, NO_FACETS, null)).toBeNull();
  });

  it('keeps the events that pass the search and every facet, as a naive filter does (property)', () => {
    const facets = fc.record({
      country: fc.subarray([...COUNTRIES]).map((v) => new Set(v)),
      actor: fc.subarray(ACTORS.slice(0, 3)).map((v) => new Set(v)),
      verification: fc.subarray(['verified', 'unverified', 'none']).map((v) => new Set(v)),
      precision: fc.subarray(['address', 'city', 'none']).map((v) => new Set(v)),
    });
    fc.assert(
      fc.property(storyArb({ rich: true }, 20), facets, fc.constantFrom('', 'e', 'düsseldorf', 'MSS', '= a'), (story, chosen, query) => {
        const hits = searchEvents(buildIndex(story.events), query);
        const ids = matchingIds(story.events, chosen, hits);
        const naive = story.events.filter(
          (e) =>
            queryTerms(query).every((t) => fold(searchableText(e)).includes(t)) &&
            (!chosen.country.size || (e.place?.country !== undefined && e.place?.country !== null && chosen.country.has(e.place.country))) &&
            (!chosen.actor.size || e.actors.some((a) => chosen.actor.has(a))) &&
            (!chosen.verification.size || chosen.verification.has(e.verification ?? 'none')) &&
            (!chosen.precision.size || chosen.precision.has(e.place?.precision ?? 'none')),
        );
        const shown = visibleEvents(story.events, null, { hiddenCategories: new Set(), matches: ids });
        expect(shown.map((e) => e.id)).toEqual(naive.map((e) => e.id));
      }),
      { numRuns: 200 },
    );
  });
});
