import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadStory, type LoadResult } from '../../../src/story/load';
import type { Problem } from '../../../src/story/problem';
import type { StoryEventFile, StoryFile } from '../../../src/story/schema';
import { realStoryJson, storyFile } from '../fixtures';

/** A fresh, typed copy of the real story file to break. */
const realCopy = () => structuredClone(realStoryJson()) as StoryFile & Required<Pick<StoryFile, 'relations' | 'chapters'>>;

function problemsOf(result: LoadResult, ok: boolean): readonly Problem[] {
  expect(result.ok, JSON.stringify(result.problems.slice(0, 3))).toBe(ok);
  return result.problems;
}

/** An imported story: ids and categories as a spreadsheet would give them, most fields left out. */
function imported(events: unknown[], extra: Partial<Record<keyof StoryFile, unknown>> = {}): unknown {
  return { id: 'import', title: 'An import', categories: [{ id: 'Riots', label: 'Riots' }], events, ...extra };
}
const row = (id: string, more: Partial<StoryEventFile> = {}) => ({ id, title: `Event ${id}`, category: 'Riots', date: '2024-03-01', ...more });

describe('loadStory, authored', () => {
  it('loads the real story without a problem', () => {
    const result = loadStory(realStoryJson(), { authored: true });
    expect(problemsOf(result, true)).toEqual([]);
  });

  it.each<[string, string, (e: StoryEventFile) => void, Partial<Problem>]>([
    ['a latitude out of range', 'chimera-nxp-intrusion', (e) => e.place && (e.place.lat = 95), { field: 'place.lat', value: '95', kind: 'place' }],
    ['an unknown category', 'transavia-breach', (e) => (e.category = 'espionage'), { field: 'category', value: 'espionage', kind: 'category' }],
    [
      'an impossible date',
      'dutch-police-cut-chinese-drone-use',
      (e) => (e.date = '2024-02-30'),
      { field: 'date', message: '"2024-02-30" is not a valid date' },
    ],
    ['a source URL that is not http(s)', 'transavia-breach', (e) => e.sources && (e.sources[0].url = 'ftp://example.org/x'), { field: 'sources.0.url' }],
    ['a missing passage', 'transavia-breach', (e) => delete e.passage, { field: 'passage', message: 'is missing', value: null }],
    ['an id that is not a slug', 'transavia-breach', (e) => (e.id = 'Transavia'), { field: 'id', id: 'Transavia', kind: 'id' }],
  ])('reports %s with the row, id and field', (_, id, breakIt, expected) => {
    const file = realCopy();
    const i = file.events.findIndex((e) => e.id === id);
    breakIt(file.events[i]);
    const problems = problemsOf(loadStory(file, { authored: true }), false);
    // Renaming an event also leaves the relations to its old id pointing nowhere; nothing else is reported.
    expect(problems[0]).toMatchObject({ row: i + 1, id: expected.id ?? id, severity: 'error', ...expected });
    expect(problems.slice(1).every((p) => p.message === 'unknown event' && p.value === id)).toBe(true);
  });

  it('reports a chapter naming an unknown event', () => {
    const file = realCopy();
    file.chapters[1].events[0] = 'no-such-event';
    expect(problemsOf(loadStory(file, { authored: true }), false)).toEqual([
      expect.objectContaining({ row: null, field: 'chapters.1.events.0', value: 'no-such-event', message: 'unknown event' }),
    ]);
  });

  it('reports a duplicate id at the second event holding it', () => {
    const file = realCopy();
    file.events[5].id = file.events[4].id;
    expect(problemsOf(loadStory(file, { authored: true }), false)).toContainEqual(
      expect.objectContaining({ row: 6, id: file.events[4].id, field: 'id', message: 'duplicate id (first in row 5)' }),
    );
  });

  it('reports a relation to an unknown event by its index and end', () => {
    const file = realCopy();
    file.relations[0].to = 'no-such-event';
    expect(problemsOf(loadStory(file, { authored: true }), false)).toEqual([
      expect.objectContaining({ row: null, field: 'relations.0.to', kind: 'relation', message: 'unknown event' }),
    ]);
  });

  it('returns problems instead of throwing for input that is not a story', () => {
    expect(problemsOf(loadStory(null, { authored: true }), false)).toEqual([expect.objectContaining({ row: null, field: '', kind: 'file' })]);
    expect(problemsOf(loadStory('story'), false)).toHaveLength(1);
    expect(problemsOf(loadStory({ ...storyFile([{ id: 'a', date: '2020' }]), events: 'none' }), false)).toEqual([expect.objectContaining({ field: 'events' })]);
  });
});

describe('loadStory, imported', () => {
  it('keeps ids as given and fills in what is missing', () => {
    const result = loadStory(imported([row('EUR100000'), row('12', { place: null })]));
    expect(problemsOf(result, true)).toEqual([]);
    if (!result.ok) return;
    expect(result.story.events.map((e) => e.id)).toEqual(['12', 'EUR100000']);
    expect(result.story.placed).toEqual([]);
  });

  it('leaves out an invalid event, reporting it at its row, and loads the rest', () => {
    const result = loadStory(imported([row('1'), row('2', { date: '2023-02-31' }), row('3', { title: '  ' })]), { rows: [2, 3, 4] });
    expect(problemsOf(result, true)).toEqual([
      expect.objectContaining({ row: 3, id: '2', field: 'date', kind: 'date', severity: 'error' }),
      expect.objectContaining({ row: 4, id: '3', field: 'title', message: 'is blank', kind: 'title', severity: 'error' }),
    ]);
    if (result.ok) expect(result.file.events.map((e) => e.id)).toEqual(['1']);
  });

  it('leaves out the second of two events with one id', () => {
    const result = loadStory(imported([row('a'), row('a', { title: 'Again' })]));
    expect(problemsOf(result, true)).toEqual([expect.objectContaining({ row: 2, id: 'a', kind: 'id', severity: 'error' })]);
    if (result.ok) expect(result.story.events.map((e) => e.title)).toEqual(['Event a']);
  });

  it('drops relations and chapter references to unknown events, with a warning', () => {
    const chapter = { id: 'c', title: 'C', text: 'T', events: ['a', 'gone'], view: { center: [5, 52], zoom: 5 }, window: '2024' };
    const result = loadStory(
      imported([row('a'), row('b')], {
        relations: [
          { from: 'a', to: 'b', kind: 'k' },
          { from: 'a', to: 'gone', kind: 'k' },
        ],
        chapters: [chapter],
      }),
    );
    expect(problemsOf(result, true)).toEqual([
      expect.objectContaining({ field: 'relations.1.to', value: 'gone', kind: 'relation', severity: 'warning' }),
      expect.objectContaining({ field: 'chapters.0.events.1', value: 'gone', severity: 'warning' }),
    ]);
    if (!result.ok) return;
    expect(result.story.relations).toEqual([{ from: 'a', to: 'b', kind: 'k' }]);
    expect(result.story.chapters[0].events).toEqual(['a']);
  });

  it('adds a category an event names but the story does not list', () => {
    const result = loadStory(imported([row('a', { category: 'Protests' })]));
    expect(problemsOf(result, true)).toEqual([expect.objectContaining({ row: 1, field: 'category', kind: 'category', severity: 'warning' })]);
    if (result.ok) expect(result.story.categories.map((c) => c.id)).toEqual(['Riots', 'Protests']);
  });

  it('fails on a problem with the story as a whole, or when no event is left', () => {
    expect(problemsOf(loadStory(imported([row('a')], { title: '' })), false)).toEqual([expect.objectContaining({ row: null, field: 'title', kind: 'file' })]);
    expect(problemsOf(loadStory(imported([])), false)).toEqual([expect.objectContaining({ field: 'events', message: 'no event could be loaded' })]);
  });
});

describe('loadStory, hostile input', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key in an event, and in the story', (key) => {
    const event = JSON.parse(`{"id":"a","title":"A","category":"Riots","date":"2024","${key}":{"summary":"injected"}}`);
    const result = loadStory(imported([event, row('b')]));
    expect(problemsOf(result, true)).toEqual([expect.objectContaining({ row: 1, id: 'a', field: key, severity: 'error' })]);
    const story = JSON.parse(`{"id":"s","title":"S","categories":[],"events":[],"${key}":{}}`);
    expect(problemsOf(loadStory(story), false)).toEqual([expect.objectContaining({ row: null, field: key })]);
  });

  it('finds a forbidden key deep down without overflowing the stack', () => {
    let deep = '{"__proto__":1}';
    for (let i = 0; i < 100_000; i++) deep = `[${deep}]`;
    const result = loadStory(JSON.parse(`{"id":"s","title":"S","categories":[],"events":[],"x":${deep}}`));
    expect(problemsOf(result, false)[0].field).toMatch(/^x\.0\.0\..*__proto__$/);
  });

  it.each<[string, Partial<StoryEventFile>, string]>([
    ['a title of 301 characters', { title: 'x'.repeat(301) }, 'title'],
    ['a title of zero-width spaces', { title: '\u200b\u200b' }, 'title'],
    ['a summary of a mebibyte', { summary: 'x'.repeat(1 << 20) }, 'summary'],
    ['a passage of 20,001 characters', { passage: 'x'.repeat(20_001) }, 'passage'],
    ['a place name of 201 characters', { place: { name: 'x'.repeat(201), lon: 0, lat: 0, precision: 'city' } }, 'place.name'],
    ['a lone surrogate in an actor', { actors: ['ok', 'bad \ud800 half'] }, 'actors.1'],
  ])('refuses %s, naming the field', (_, more, field) => {
    const problems = problemsOf(loadStory(imported([row('a', more), row('b')])), true);
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.every((p) => p.value === null || p.value.length <= 200)).toBe(true);
  });

  it('never throws, and every event is either loaded or reported (property)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean());
    const maybeEvent = fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
        title: fc.oneof(fc.string(), value),
        category: fc.constantFrom('Riots', 'Other', ''),
        date: fc.oneof(fc.constantFrom('2020', '2020-02-30', '2020-05/2021', 'soon'), value),
        place: fc.oneof(fc.constant(null), fc.record({ name: fc.string(), lon: fc.double(), lat: fc.double(), precision: fc.constantFrom('city', 'town') })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(maybeEvent, value), { maxLength: 20 }), (events) => {
        const result = loadStory(imported(events));
        const loaded = result.ok ? result.story.events.length : 0;
        const leftOut = new Set(result.problems.filter((p) => p.row !== null && p.severity === 'error').map((p) => p.row)).size;
        expect(loaded + leftOut).toBe(events.length);
      }),
    );
  });
});
