import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { axeViolations, startSession, timeline, type Session } from './browser';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as {
  events: { id: string; title: string }[];
  chapters: { title: string; events: string[] }[];
};
const titleOf = (id: string) => story.events.find((e) => e.id === id)?.title as string;

let s: Session;
beforeAll(async () => {
  s = await startSession({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await s?.close();
});

/** The element with focus, as a screen reader would announce it. */
const focused = () => s.page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }));

describe('presenter mode', () => {
  it('steps through every chapter with the keyboard, announcing each title and selecting its events', async () => {
    await s.open();
    await s.page.getByRole('button', { name: 'Present' }).focus();
    await s.page.keyboard.press('Enter');
    const deck = s.page.getByRole('region', { name: 'Presentation' });

    for (const [i, chapter] of story.chapters.entries()) {
      if (i > 0) await s.page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
      await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe(chapter.title);
      await expect(deck.getByText(`Chapter ${i + 1} of ${story.chapters.length}`).count()).resolves.toBe(1);
      // Focus moves to the title, so screen readers announce the new chapter.
      await expect.poll(focused).toEqual({ tag: 'H2', text: chapter.title });
      // The chapter's first event is selected on the timeline and in the URL.
      const first = chapter.events[0];
      await expect.poll(() => new URL(s.page.url()).searchParams.get('event')).toBe(first);
      await expect(
        timeline(s.page)
          .getByRole('button', { name: new RegExp(`^${escape(titleOf(first))},`) })
          .getAttribute('aria-current'),
      ).resolves.toBe('true');
      expect(new URL(s.page.url()).searchParams.get('chapter')).toBe(String(i + 1));
      // Every event of the chapter is listed on its card, one click away.
      const listed = deck.getByRole('list', { name: 'Events in this chapter' }).getByRole('button');
      await expect(listed.allTextContents()).resolves.toEqual(chapter.events.map(titleOf));
    }

    await s.page.keyboard.press('Home');
    await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe(story.chapters[0].title);
    await s.page.keyboard.press('End');
    await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe(story.chapters.at(-1)?.title);
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe(story.chapters.at(-2)?.title);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => deck.count()).toBe(0);
    await expect(s.page.getByRole('button', { name: 'Present' }).count()).resolves.toBe(1);
  });

  it('opens a deck at the chapter in its link, with no axe violations', async () => {
    await s.open('?present=1&chapter=4');
    const deck = s.page.getByRole('region', { name: 'Presentation' });
    await expect(deck.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(story.chapters[3].title);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
