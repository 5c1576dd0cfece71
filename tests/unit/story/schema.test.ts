import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { authoredEventSchema, chapterSchema, eventSchema } from '../../../src/story/schema';
import { storyFile } from '../fixtures';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('eventSchema', () => {
  it('needs only an id, a title, a date and a category', () => {
    expect(paths(eventSchema.safeParse({ id: 'EUR100000', title: 'A', date: '2020', category: 'Riots' }))).toEqual([]);
    expect(paths(eventSchema.safeParse({}))).toEqual(['id', 'title', 'date', 'category']);
  });

  it('takes a place without a country, or no place at all', () => {
    const core = { id: '1', title: 'A', date: '2020', category: 'c' };
    expect(paths(eventSchema.safeParse({ ...core, place: null }))).toEqual([]);
    expect(paths(eventSchema.safeParse({ ...core, place: { name: 'Leiden', lon: 4.5, lat: 52.2, precision: 'city', byName: true } }))).toEqual([]);
  });

  it('wants coordinates on the globe and finite', () => {
    const place = { name: 'X', lon: 181, lat: Number.NaN, precision: 'city' };
    expect(paths(eventSchema.safeParse({ id: '1', title: 'A', date: '2020', category: 'c', place }))).toEqual(['place.lon', 'place.lat']);
  });
});

describe('authoredEventSchema', () => {
  const valid = () => storyFile([{ id: 'nxp-hack', date: '2017-36/2020-21', category: 'cyber' }]).events[0];

  it('accepts an event of the bundled format', () => {
    expect(paths(authoredEventSchema.safeParse(valid()))).toEqual([]);
  });

  it('wants lower-case slugs, ISO country codes, a passage and sources', () => {
    const { passage, sources, ...event } = { ...valid(), id: 'NXP hack' };
    expect([passage, sources]).toBeTruthy();
    const result = authoredEventSchema.safeParse({ ...event, place: { ...event.place, country: 'nl' } });
    expect(paths(result)).toEqual(expect.arrayContaining(['id', 'place.country', 'passage', 'sources']));
  });

  it('checks EDTF dates wherever they appear', () => {
    const event = valid();
    event.sources = [{ url: 'https://example.org', title: 'T', publisher: 'P', date: '2024-13' }];
    expect(paths(authoredEventSchema.safeParse({ ...event, date: 'May 2024' }))).toEqual(['date', 'sources.0.date']);
  });
});

describe('chapterSchema', () => {
  it('wants every chapter to show at least one event, with a valid window', () => {
    const chapter = { id: 'empty', title: 'Empty', text: 'Nothing.', events: [], view: { center: [5, 52], zoom: 23 }, window: '2020/2019' };
    expect(paths(chapterSchema.safeParse(chapter))).toEqual(expect.arrayContaining(['events', 'view.zoom', 'window']));
  });
});

describe('zod', () => {
  it('runs jitless, so parsing never builds a function from a string (no eval under a strict CSP)', () => {
    expect(z.config().jitless).toBe(true);
    const spy = vi.spyOn(globalThis, 'Function');
    expect(eventSchema.safeParse({ id: '1', title: 'A', date: '2020', category: 'c' }).success).toBe(true);
    expect(spy).not.toHaveBeenCalled();
  });
});
