import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, startSession, timeline, type Session } from './browser';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { chapters: { title: string; events: string[] }[] };
const count = story.chapters.length;

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** True if the element's centre is on screen and the element, not something over it, is what is there. */
async function onTop(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + Math.min(r.height / 2, 10)];
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

const deckOf = (page: Page) => page.getByRole('region', { name: 'Presentation' });

describe('presenter mode fits the screen', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 800],
    [390, 844],
  ]) {
    it(`at ${width}×${height}: every chapter's events and buttons can be reached, none under another`, async () => {
      s = await startSession({ viewport: { width, height }, touch: width < 760 });
      await s.open('?present=1&chapter=1');
      const deck = deckOf(s.page);
      for (const [i, chapter] of story.chapters.entries()) {
        if (i > 0) await s.page.getByRole('button', { name: 'Next →' }).click();
        await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe(chapter.title);
        await expect(deck.getByText(`Chapter ${i + 1} of ${count}`).count()).resolves.toBe(1);
        for (const name of ['← Previous', 'Next →', 'Exit presentation']) {
          expect(await onTop(deck.getByRole('button', { name })), `${name} in chapter ${i + 1}`).toBe(true);
        }
        const links = deck.getByRole('list', { name: 'Events in this chapter' }).getByRole('button');
        for (const link of await links.all()) {
          // Scrolling inside the card brings each event into view, clear of the buttons.
          await link.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
          expect(await onTop(link), `${await link.textContent()} in chapter ${i + 1}`).toBe(true);
        }
      }
      expect(s.errors).toEqual([]);
    });
  }

  it('at 1920×1080 reads from the back of the room, hides the explore controls and zooms to the chapter', async () => {
    s = await startSession({ viewport: { width: 1920, height: 1080 } });
    await s.open('?present=1&chapter=9');
    const line = timeline(s.page);
    for (const name of ['Play', 'Show all dates', 'Zoom in on the timeline', 'Reset zoom'])
      await expect(line.getByRole('button', { name }).count()).resolves.toBe(0);
    const sizes = await s.page.evaluate(() =>
      ['.lane-labels text', '.axis .tick text', '.credits p'].map((selector) => {
        const el = document.querySelector(selector);
        return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
      }),
    );
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(18);
    // A five-day chapter fills about the middle half of the axis.
    const start = await line.getByRole('slider', { name: 'Start of the time window' }).boundingBox();
    const end = await line.getByRole('slider', { name: 'End of the time window' }).boundingBox();
    const axis = await line.getByRole('group', { name: /^Events by date/ }).boundingBox();
    if (!start || !end || !axis) throw new Error('no brush');
    await expect
      .poll(async () => ((await line.getByRole('slider', { name: 'End of the time window' }).boundingBox())?.x ?? 0) - start.x)
      .toBeGreaterThan(axis.width * 0.3);
    expect(end.x).toBeGreaterThan(start.x);
    expect(await axeViolations(s.page)).toEqual([]);
  });

  it('jumps to a chapter by its number, and the phone card folds away', async () => {
    s = await startSession({ viewport: { width: 390, height: 844 }, touch: true });
    await s.open('?present=1&chapter=1');
    const deck = deckOf(s.page);
    await s.page.keyboard.press('4');
    await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe(story.chapters[3].title);
    await s.page.keyboard.press('1');
    await s.page.keyboard.press('1');
    await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe(story.chapters[10].title);
    await deck.getByRole('combobox', { name: 'Go to chapter' }).selectOption({ index: 1 });
    await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe(story.chapters[1].title);
    await deck.getByRole('button', { name: 'Hide the chapter' }).click();
    await expect(deck.getByRole('list', { name: 'Events in this chapter' }).count()).resolves.toBe(0);
    expect(await onTop(deck.getByRole('button', { name: 'Next →' }))).toBe(true);
    expect(await axeViolations(s.page)).toEqual([]);
  });
});
