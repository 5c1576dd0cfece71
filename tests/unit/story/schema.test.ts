import { describe, expect, it } from 'vitest';
import { storySchema, type StoryFile } from '../../../src/story/schema';
import { storyFile } from '../fixtures';

function issuePaths(file: StoryFile): string[] {
  const result = storySchema.safeParse(file);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('storySchema', () => {
  const valid = () => storyFile([{ id: 'nxp-hack', date: '2017-36/2020-21', category: 'cyber' }]);

  it('accepts a minimal story', () => {
    expect(issuePaths(valid())).toEqual([]);
  });

  it('wants lower-case slugs for ids', () => {
    const file = valid();
    file.events[0].id = 'NXP hack';
    expect(issuePaths(file)).toContain('events.0.id');
  });

  it('wants ISO alpha-2 country codes and coordinates on the globe', () => {
    const file = valid();
    file.events[0].place = { ...file.events[0].place, country: 'nl', lon: 181 };
    expect(issuePaths(file)).toEqual(expect.arrayContaining(['events.0.place.country', 'events.0.place.lon']));
  });

  it('checks EDTF dates wherever they appear', () => {
    const file = valid();
    file.article.date = 'May 2024';
    file.events[0].sources[0].date = '2024-13';
    expect(issuePaths(file)).toEqual(expect.arrayContaining(['article.date', 'events.0.sources.0.date']));
  });

  it('wants every chapter to show at least one event, with a valid window', () => {
    const file = valid();
    file.chapters = [{ id: 'empty', title: 'Empty', text: 'Nothing.', events: [], view: { center: [5, 52], zoom: 23 }, window: '2020/2019' }];
    expect(issuePaths(file)).toEqual(expect.arrayContaining(['chapters.0.events', 'chapters.0.view.zoom', 'chapters.0.window']));
  });
});
