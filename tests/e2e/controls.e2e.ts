import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventCount, mapRegion, startSession, timeline, type Session } from './browser';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as {
  categories: { id: string; label: string }[];
  events: { id: string; title: string; category: string }[];
};
const total = story.events.length;
const countOf = async (s: Session) => Number((await eventCount(s.page).textContent())?.split(' ')[0]);

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

describe('map and timeline controls', () => {
  it('filters by category from the legend, and the link keeps the filter', async () => {
    await s.open();
    const raids = story.events.filter((e) => e.category === 'raid').length;
    await s.page.getByRole('checkbox', { name: /^Raid/ }).uncheck();
    await expect.poll(() => countOf(s)).toBe(total - raids);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('hide')).toBe('raid');
    await s.page.reload();
    await expect.poll(() => countOf(s)).toBe(total - raids);
    await expect(s.page.getByRole('checkbox', { name: /^Raid/ }).isChecked()).resolves.toBe(false);
  });

  it('brings events outside the view into it with one click on the edge indicator', async () => {
    await s.open();
    const east = mapRegion(s.page)
      .locator('..')
      .getByRole('button', { name: /^Show \d+ events? to the east/ });
    const label = (await east.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/Taiwan|Warsaw/);
    await east.click();
    // Once fitted, nothing is left off-screen to the east.
    await expect.poll(() => s.page.getByRole('button', { name: /to the east/ }).count()).toBe(0);
  });

  it('plays the window through time and stops on Pause', async () => {
    await s.open();
    const play = timeline(s.page).getByRole('button', { name: 'Play' });
    await play.click();
    const start = timeline(s.page).getByRole('slider', { name: 'Start of the time window' });
    await expect.poll(() => start.getAttribute('aria-valuetext')).not.toMatch(/all events shown/);
    const first = await start.getAttribute('aria-valuetext');
    // Reduced motion: the window jumps a step at a time instead of gliding.
    await expect.poll(() => start.getAttribute('aria-valuetext'), { timeout: 10_000 }).not.toBe(first);
    expect(await countOf(s)).toBeLessThan(total);
    await timeline(s.page).getByRole('button', { name: 'Pause' }).click();
    const stopped = await start.getAttribute('aria-valuetext');
    await s.page.waitForTimeout(2_000);
    await expect(start.getAttribute('aria-valuetext')).resolves.toBe(stopped);
  });

  it('clears the window to show every event again', async () => {
    await s.open('?from=2019-01-01&to=2019-12-31');
    expect(await countOf(s)).toBeLessThan(total);
    await timeline(s.page).getByRole('button', { name: 'Show all dates' }).click();
    await expect.poll(() => countOf(s)).toBe(total);
    // The window reaches the URL a moment after the screen (history.ts writes it at most a few times a second).
    await expect.poll(() => new URL(s.page.url()).searchParams.get('from')).toBeNull();
  });

  it('lists every event under the pointer when a click lands on overlapping symbols', async () => {
    // The Hague, Zoetermeer, Rotterdam and Schiphol overlap at this zoom.
    await s.open('?map=5.00/52.05/4.45');
    const box = await mapRegion(s.page).boundingBox();
    if (!box) throw new Error('map not laid out');
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const chooser = s.page.getByRole('dialog', { name: /^\d+ events here$/ });
    await expect(chooser.count()).resolves.toBe(1);
    const choices = chooser.getByRole('button', { name: /./ }).filter({ hasNotText: '×' });
    expect(await choices.count()).toBeGreaterThan(1);
    const title = (await choices.first().textContent()) ?? '';
    await choices.first().click();
    await expect(s.page.getByRole('heading', { level: 2, name: title }).count()).resolves.toBe(1);
  });
});
