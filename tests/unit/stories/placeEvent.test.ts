import { describe, expect, it } from 'vitest';
import { parsePlaceInput, placeEvent, placeOfCandidate, eventsWithoutPlace } from '../../../src/stories/placeEvent';
import type { ImportReport } from '../../../src/import/types';
import type { StoryFile } from '../../../src/story/schema';
import { storyFile } from '../fixtures';

const CAMBRIDGE = { name: 'Cambridge', admin: 'England', country: 'GB', lon: 0.1218, lat: 52.2053, population: 145_000 };

/** Two events; e1 has no place (as an importer leaves it), e0 is fine. */
function imported(): { story: StoryFile; report: ImportReport } {
  const file = storyFile([
    { id: 'e0', date: '2020-01-01' },
    { id: 'e1', date: '2020-01-02' },
  ]);
  // An imported event may have no place; the schema's type may not say so yet.
  const events = file.events.map((e) => (e.id === 'e1' ? ({ ...e, place: null } as unknown as typeof e) : e));
  return {
    story: { ...file, events },
    report: {
      format: 'timelinejs',
      encoding: 'UTF-8',
      delimiter: ',',
      rows: 2,
      loaded: 2,
      withProblems: 1,
      notOnMap: 1,
      problems: [
        { row: 2, id: 'e1', field: 'Location', value: 'Cambridge', message: 'more than one place is called this', kind: 'place', severity: 'warning' },
      ],
      ambiguous: [
        { row: 2, eventId: 'e1', query: 'Cambridge', candidates: [CAMBRIDGE, { ...CAMBRIDGE, admin: 'Massachusetts', country: 'US', lon: -71.1, lat: 42.37 }] },
      ],
    },
  };
}

describe('placeEvent', () => {
  it('gives the event the place and resolves its ambiguity, warning and counts', () => {
    const { story, report } = imported();
    expect(eventsWithoutPlace(story).map((e) => e.id)).toEqual(['e1']);
    const next = placeEvent(story, report, 'e1', placeOfCandidate(CAMBRIDGE));
    expect(next.story.events[1].place).toEqual({ name: 'Cambridge, England', lon: 0.1218, lat: 52.2053, precision: 'city', country: 'GB', byName: true });
    expect(eventsWithoutPlace(next.story)).toEqual([]);
    expect(next.report).toMatchObject({ notOnMap: 0, withProblems: 0, problems: [], ambiguous: [] });
    expect(story.events[1].place).toBeNull();
  });

  it('keeps a row counted as having problems while it has others', () => {
    const { story, report } = imported();
    const other = { ...report.problems[0], field: 'End Year', kind: 'date' as const, message: 'not a year' };
    const next = placeEvent(story, { ...report, problems: [...report.problems, other] }, 'e1', placeOfCandidate(CAMBRIDGE));
    expect(next.report).toMatchObject({ withProblems: 1, problems: [other] });
  });

  it('changes nothing for an unknown event', () => {
    const { story, report } = imported();
    expect(placeEvent(story, report, 'nope', placeOfCandidate(CAMBRIDGE))).toEqual({ story, report });
  });
});

describe('parsePlaceInput', () => {
  it('reads decimal degrees and a country code', () => {
    expect(parsePlaceInput({ name: ' Delft ', lat: '52.01', lon: '4.36', country: 'nl' })).toEqual({
      ok: true,
      place: { name: 'Delft', lat: 52.01, lon: 4.36, precision: 'city', country: 'NL' },
    });
  });

  it('leaves the country out when none is given', () => {
    expect(parsePlaceInput({ name: 'Delft', lat: '52', lon: '4', country: ' ' })).toEqual({
      ok: true,
      place: { name: 'Delft', lat: 52, lon: 4, precision: 'city' },
    });
  });

  it('refuses what is not a place', () => {
    const good = { name: 'Delft', lat: '52', lon: '4', country: 'NL' };
    for (const bad of [{ name: '' }, { lat: '91' }, { lat: '52,0' }, { lon: 'Infinity' }, { lon: '0x10' }, { lon: '' }, { country: 'NLD' }]) {
      expect(parsePlaceInput({ ...good, ...bad }).ok).toBe(false);
    }
  });
});
