import { describe, expect, it } from 'vitest';
import { buildStory, buildStoryInSlices, compareEvents, relatedEvents } from '../../../src/story/model';
import type { StoryFile } from '../../../src/story/schema';
import { toEventTime } from '../../../src/time/edtf';
import { endOfDay, makeStory, realStory, realStoryJson, utc } from '../fixtures';

describe('buildStory', () => {
  it('builds the real story, events in date order and indexed by id', () => {
    const { events, byId } = buildStory(realStoryJson() as StoryFile);
    expect(events.length).toBeGreaterThanOrEqual(24);
    events.slice(1).forEach((e, i) => expect(compareEvents(events[i], e), `${events[i].id} before ${e.id}`).toBeLessThan(0));
    expect(events[0].id).toBe('chimera-nxp-intrusion');
    expect(byId.size).toBe(events.length);
    for (const e of events) expect(byId.get(e.id)).toBe(e);
  });

  it('derives each event time and chapter window from its EDTF text', () => {
    const story = realStory();
    expect(story.byId.get('transavia-breach')?.time).toEqual(toEventTime('2019-09-12/2019-11'));
    const chapter = story.chapters.find((c) => c.id === 'chimera-inside-nxp');
    expect(chapter?.window).toMatchObject({ min: utc('2017-10-01'), max: endOfDay('2020-05-31') });
  });

  it('spans the extent from the earliest start to the latest end', () => {
    const story = makeStory([
      { id: 'middle', date: '2019-06-01' },
      { id: 'long', date: '2018-21/2020' },
      { id: 'first', date: '2018-02-01~' },
    ]);
    expect(story.events.map((e) => e.id)).toEqual(['first', 'long', 'middle']);
    expect(story.extent).toEqual([utc('2018-02-01'), endOfDay('2020-12-31')]);
  });

  it('spans 200,000 events without overflowing the stack', () => {
    const events = Array.from({ length: 200_000 }, (_, i) => ({ id: String(i), title: 't', category: 'c', date: `${1900 + (i % 100)}` }));
    const story = buildStory({ id: 's', title: 'S', categories: [{ id: 'c', label: 'C' }], events });
    expect(story.extent).toEqual([utc('1900-01-01'), endOfDay('1999-12-31')]);
  });

  it('fills what a core event leaves out with empty values', () => {
    const story = buildStory({ id: 's', title: 'S', categories: [], events: [{ id: 'EUR1', title: 'A', category: 'c', date: '2020' }] });
    expect(story.events[0]).toMatchObject({ place: null, summary: null, passage: null, verification: null, verificationNote: null });
    expect(story.events[0]).toMatchObject({ corrections: [], sources: [], actors: [] });
    expect(story).toMatchObject({ standfirst: null, article: null, credits: null, updated: null, relations: [], chapters: [] });
  });

  it('lists the events with a place, and marks those placed by name', () => {
    const story = makeStory([
      { id: 'nowhere', date: '2020', place: null },
      { id: 'gazetteer', date: '2021', place: { byName: true, country: undefined } },
    ]);
    expect(story.placed.map((e) => e.id)).toEqual(['gazetteer']);
    expect(story.byId.get('gazetteer')?.place).toMatchObject({ byName: true, country: null });
  });
});

describe('compareEvents', () => {
  it('orders by start, then end, then id', () => {
    const at = (id: string, date: string) => ({ id, time: toEventTime(date) });
    expect(compareEvents(at('b', '2019'), at('a', '2020'))).toBeLessThan(0);
    expect(compareEvents(at('b', '2019/2020'), at('a', '2019/2021'))).toBeLessThan(0);
    expect(compareEvents(at('a', '2019'), at('b', '2019'))).toBeLessThan(0);
    expect(compareEvents(at('a', '2019'), at('a', '2019'))).toBe(0);
  });
});

describe('relatedEvents', () => {
  const story = realStory();
  const summary = (id: string) => relatedEvents(story, id).map((r) => [r.direction, r.kind, r.event.id]);

  it('lists relations that point at the event as "in"', () => {
    expect(summary('chimera-nxp-intrusion')).toEqual([
      ['in', 'exposed', 'nxp-tipped-off-breach-discovered'],
      ['in', 'same actor', 'transavia-breach'],
      ['in', 'same actor', 'chimera-taiwan-chipmakers'],
      ['in', 'reports on', 'nrc-reports-chimera-nxp-hack'],
      ['in', 'confirms', 'nxp-confirms-ip-theft'],
    ]);
  });

  it('lists both directions, in the order of the story, with their notes', () => {
    expect(summary('transavia-fox-it-investigation-eindhoven-ip')).toEqual([
      ['in', 'triggered', 'transavia-breach'],
      ['out', 'led to', 'nxp-tipped-off-breach-discovered'],
    ]);
    expect(relatedEvents(story, 'transavia-fox-it-investigation-eindhoven-ip')[1].note).toMatch(/Eindhoven IP/);
  });

  it('returns nothing for an unknown id', () => {
    expect(relatedEvents(story, 'no-such-event')).toEqual([]);
  });
});

describe('buildStoryInSlices', () => {
  it('builds what buildStory builds, pausing between slices', async () => {
    const file = realStoryJson() as StoryFile;
    // Many events out of date order, ties on start and end among them, across several slices.
    const events = Array.from({ length: 25_000 }, (_, i) => ({ ...file.events[i % file.events.length], id: `e${(i * 7919) % 25_000}` }));
    const large = { ...file, events, relations: [], chapters: [] };
    let pauses = 0;
    const story = await buildStoryInSlices(large, async () => void pauses++);
    expect(story).toEqual(buildStory(large));
    expect(pauses).toBeGreaterThan(2);
  });
});
