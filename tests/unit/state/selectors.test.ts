import { describe, expect, it } from 'vitest';
import {
  countByCategory,
  selectCategoryCounts,
  selectedRelationLines,
  selectFeaturedIds,
  selectOffscreenPoints,
  selectVisibleEvents,
  shadedCountries,
} from '../../../src/state/selectors';
import { initialState } from '../../../src/state/store';
import type { TimeWindow } from '../../../src/time/window';
import { endOfDay, makeStory, realStory, utc } from '../fixtures';

const story = realStory();
const YEAR_2019: TimeWindow = { start: utc('2019-01-01'), end: endOfDay('2019-12-31') };
const shown = { hiddenCategories: new Set<string>() };

describe('countByCategory', () => {
  it('counts every event when there is no window', () => {
    const counts = countByCategory(story, null);
    expect([...counts.keys()].sort()).toEqual(story.categories.map((c) => c.id).sort());
    expect([...counts.values()].reduce((a, b) => a + b)).toBe(story.events.length);
  });

  it('counts only the events that may fall in the window', () => {
    // 2019: the NXP intrusion, the Taiwan campaign, the Transavia breach and Fox-IT's investigation.
    expect(countByCategory(story, YEAR_2019)).toEqual(
      new Map([
        ['cyber-intrusion', 3],
        ['intelligence-report', 1],
      ]),
    );
  });
});

describe('shadedCountries', () => {
  it('outlines the countries of shown events known only to the country', () => {
    expect(shadedCountries(story, null, shown, null)).toEqual(['NL', 'TW']);
    expect(shadedCountries(story, YEAR_2019, shown, null)).toEqual(['TW']);
  });

  it('leaves out hidden categories, unless the event is selected', () => {
    const hidden = { hiddenCategories: new Set(['cyber-intrusion']) };
    expect(shadedCountries(story, YEAR_2019, hidden, null)).toEqual([]);
    expect(shadedCountries(story, YEAR_2019, hidden, 'chimera-taiwan-chipmakers')).toEqual(['TW']);
  });

  it('outlines a selected event outside the window, but not one placed in a city', () => {
    expect(shadedCountries(story, YEAR_2019, shown, 'coathanger-intrusion-defence-network')).toEqual(['NL', 'TW']);
    expect(shadedCountries(story, YEAR_2019, shown, 'nuctech-raid-warsaw')).toEqual(['TW']);
  });
});

describe('selectedRelationLines', () => {
  const lines = (id: string | null) => selectedRelationLines(story, id).map((l) => [l.from.id, l.kind, l.to.id]);

  it('draws one line per relation of the selected event, either way round', () => {
    expect(lines('nuctech-raid-rotterdam')).toEqual([
      ['nuctech-raid-rotterdam', 'same operation', 'nuctech-raid-warsaw'],
      ['ec-statement-fsr-inspection', 'announces', 'nuctech-raid-rotterdam'],
      ['us-blacklists-nuctech', 'prior restriction on same company', 'nuctech-raid-rotterdam'],
      ['aivd-annual-report-2023-published', 'same news cycle', 'nuctech-raid-rotterdam'],
    ]);
  });

  it('draws nothing without a selection or for an unknown id', () => {
    expect(lines(null)).toEqual([]);
    expect(lines('no-such-event')).toEqual([]);
  });
});

describe('memoized selectors', () => {
  const base = initialState(story);

  it('return the same result while their inputs keep their identity', () => {
    const first = selectVisibleEvents(base);
    expect(selectVisibleEvents({ ...base, hoveredId: 'transavia-breach', selectedId: 'transavia-breach' })).toBe(first);
    expect(selectVisibleEvents({ ...base, window: YEAR_2019 })).not.toBe(first);
  });

  it('leave hidden categories out of the visible events, but not out of the counts', () => {
    const hidden = { ...base, hiddenCategories: new Set(['cyber-intrusion']), window: YEAR_2019 };
    expect(selectVisibleEvents(hidden).map((e) => e.category)).toEqual(['intelligence-report']);
    expect(selectCategoryCounts(hidden).get('cyber-intrusion')).toBe(3);
  });

  it('give the offscreen indicators only events with a place', () => {
    const mixed = makeStory([
      { id: 'here', date: '2020' },
      { id: 'nowhere', date: '2020', place: null },
    ]);
    expect(selectOffscreenPoints(initialState(mixed)).map((p) => p.id)).toEqual(['here']);
  });

  it('feature the chapter’s events only while presenting', () => {
    expect(selectFeaturedIds(base)).toEqual([]);
    expect(selectFeaturedIds({ ...base, presenting: true, chapter: 1 })).toEqual(story.chapters[1].events);
  });
});

describe('not on the map', () => {
  const mixed = makeStory(
    [
      { id: 'placed', date: '2020', place: { precision: 'country', country: 'NL' } },
      { id: 'nowhere', date: '2020', place: null },
    ],
    { relations: [{ from: 'placed', to: 'nowhere', kind: 'k' }] },
  );

  it('an event without a place shades no country and draws no relation line', () => {
    expect(shadedCountries(mixed, null, shown, 'nowhere')).toEqual(['NL']);
    expect(selectedRelationLines(mixed, 'placed')).toEqual([]);
  });
});
