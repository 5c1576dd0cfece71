import { describe, expect, it } from 'vitest';
import { translated } from '../../../src/story/translated';
import { loadStory } from '../../../src/story/load';
import { realStory, realStoryJson } from '../fixtures';

describe('translated', () => {
  const story = realStory();
  const nl = translated(story, 'nl');

  it('gives the default story Dutch words for every title, category, chapter and relation kind', () => {
    expect(nl.title).toBe('Chinese spionage in Nederland en Europa, 2017–2024');
    expect(nl.standfirst).not.toBe(story.standfirst);
    nl.categories.forEach((c, i) => expect(c.label, c.id).not.toBe(story.categories[i].label));
    nl.chapters.forEach((c, i) => {
      expect(c.title, c.id).not.toBe(story.chapters[i].title);
      expect(c.text, c.id).not.toBe(story.chapters[i].text);
    });
    nl.relations.forEach((r, i) => expect(r.kind, story.relations[i].kind).not.toBe(story.relations[i].kind));
  });

  it('leaves the record as written: events, passages and sources are shared with the original', () => {
    expect(nl.events).toBe(story.events);
    expect(nl.byId).toBe(story.byId);
    expect(nl.chapters.map((c) => c.events)).toEqual(story.chapters.map((c) => c.events));
  });

  it('gives the same story back for a language it has no words in, and the same object each time', () => {
    expect(translated(story, 'en')).toBe(story);
    expect(translated(story, 'nl')).toBe(nl);
  });

  it('refuses a translation that is not for a language the app speaks', () => {
    const file = realStoryJson() as Record<string, unknown>;
    const result = loadStory({ ...file, translations: { de: { title: 'Chinesische Spionage' } } }, { authored: true });
    expect(result.ok).toBe(false);
  });
});
