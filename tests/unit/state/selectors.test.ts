import { describe, expect, it } from 'vitest';
import { countByCategory, selectedRelationLines, shadedCountries } from '../../../src/state/selectors';
import type { TimeWindow } from '../../../src/state/filter';
import { endOfDay, realStory, utc } from '../fixtures';

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
