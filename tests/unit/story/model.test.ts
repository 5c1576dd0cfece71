import { describe, expect, it } from 'vitest';
import { compareEvents, loadStory, relatedEvents } from '../../../src/story/model';
import { storySchema, type StoryEventFile, type StoryFile } from '../../../src/story/schema';
import { toEventTime } from '../../../src/time/edtf';
import { endOfDay, makeStory, realStory, realStoryJson, storyFile, utc } from '../fixtures';

/** A fresh, typed copy of the real story file to break. */
function realCopy(): StoryFile {
  return structuredClone(storySchema.parse(realStoryJson()));
}

function errorsOf(raw: unknown): string[] {
  const result = loadStory(raw);
  if (result.ok) throw new Error('expected the story to be rejected');
  return result.errors;
}

describe('loadStory', () => {
  describe('a valid story', () => {
    it('loads the real story, events in date order and indexed by id', () => {
      const result = loadStory(realStoryJson());
      if (!result.ok) throw new Error(result.errors.join('\n'));
      const { events, byId } = result.story;
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
  });

  describe('an invalid story', () => {
    it.each<[string, string, (e: StoryEventFile) => void, string]>([
      ['a latitude out of range', 'chimera-nxp-intrusion', (e) => (e.place.lat = 95), 'place.lat: Too big'],
      ['an unknown category', 'transavia-breach', (e) => (e.category = 'espionage'), 'category: unknown category "espionage"'],
      ['an impossible date', 'dutch-police-cut-chinese-drone-use', (e) => (e.date = '2024-02-30'), 'date: "2024-02-30" is not a valid date'],
      ['a source URL that is not http(s)', 'transavia-breach', (e) => (e.sources[0].url = 'ftp://example.org/x'), 'sources.0.url: '],
    ])('reports %s with the event index, id and field path', (_, id, breakIt, expected) => {
      const file = realCopy();
      const i = file.events.findIndex((e) => e.id === id);
      breakIt(file.events[i]);
      const errors = errorsOf(file);
      const prefix = `events[${i}] (${id}) › ${expected}`;
      expect(
        errors.filter((message) => message.startsWith(prefix)),
        errors.join('\n'),
      ).toHaveLength(1);
    });

    it('reports a chapter naming an unknown event', () => {
      const file = realCopy();
      file.chapters[1].events[0] = 'no-such-event';
      expect(errorsOf(file)).toEqual([`chapters[1] (${file.chapters[1].id}) › events.0: unknown event "no-such-event"`]);
    });

    it('reports a duplicate id at the second event holding it', () => {
      const file = realCopy();
      file.events[5].id = file.events[4].id;
      expect(errorsOf(file)).toContain(`events[5] (${file.events[4].id}) › id: duplicate event id "${file.events[4].id}"`);
    });

    it('reports a relation to an unknown event by its index and end', () => {
      const file = realCopy();
      file.relations[0].to = 'no-such-event';
      expect(errorsOf(file)).toEqual(['relations.0.to: unknown event "no-such-event"']);
    });

    it('returns errors instead of throwing for input that is not a story', () => {
      expect(errorsOf(null)).toEqual(['story: Invalid input: expected object, received null']);
      expect(errorsOf('story')).toHaveLength(1);
      expect(errorsOf({ ...storyFile([{ id: 'a', date: '2020' }]), events: 'none' })).toEqual([expect.stringMatching(/^events: /)]);
    });
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
