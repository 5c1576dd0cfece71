import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loaded, text } from '../helpers';

const authored = readFileSync(new URL('../../../../geodata/stories/china-espionage-nl.json', import.meta.url), 'utf8');
const story = JSON.parse(authored);

describe('story JSON', () => {
  it('loads the bundled story whole: every event, category, relation and chapter as written', async () => {
    const { story: out, report } = await loaded(text(authored, 'china-espionage-nl.json'));
    expect(report).toMatchObject({
      format: 'story-json',
      delimiter: null,
      rows: story.events.length,
      loaded: story.events.length,
      withProblems: 0,
      notOnMap: 0,
    });
    expect(out).toEqual({ ...story, events: story.events.map((e: object) => expect.objectContaining(e)) });
  });

  it('leaves out bad events, and the relations and chapter entries that named them', async () => {
    const [first, second, ...rest] = story.events;
    const broken = { ...story, events: [{ ...first, date: '2023-02-30' }, { ...second, place: { ...second.place, lat: 'north' } }, ...rest] };
    const { story: out, report } = await loaded(text(JSON.stringify(broken), 'broken.json'));
    expect(report.problems.filter((p) => p.row !== null).map((p) => [p.row, p.field, p.severity])).toEqual([
      [1, 'date', 'error'],
      [2, 'place.lat', 'warning'],
      [2, 'place.name', 'warning'],
    ]);
    expect(out.events.map((e) => e.id)).not.toContain(first.id);
    expect(out.events.find((e) => e.id === second.id)?.place).toBeUndefined();
    expect((out.relations ?? []).every((r) => r.from !== first.id && r.to !== first.id)).toBe(true);
    expect((out.chapters ?? []).flatMap((c) => c.events)).not.toContain(first.id);
    expect(report.loaded + 1).toBe(report.rows);
  });
});
