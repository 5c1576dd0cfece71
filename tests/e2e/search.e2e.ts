import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, eventCount, mapRegion, startSession, timeline, waitForMap, type Session } from './browser';

interface FileEvent {
  id: string;
  title: string;
  summary?: string;
  place?: { name: string; country?: string };
  actors?: string[];
}
const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { events: FileEvent[] };
const total = story.events.length;
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** The events a search for one word should find, worked out here from the story file. */
const findable = (word: string) =>
  story.events.filter((e) => fold([e.title, e.summary ?? '', e.place?.name ?? '', ...(e.actors ?? [])].join('\n')).includes(fold(word)));

const shown = async (page: Page) => Number((await eventCount(page).textContent())?.split(' ')[0]);
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the events' });
const list = (page: Page) => page.getByRole('list', { name: 'Events in the time window' });
const chips = (page: Page) => page.getByRole('list', { name: 'Active filters' });
/** How many events the map draws, in view or behind an edge indicator (as clusters.e2e.ts counts them). */
async function onMap(page: Page): Promise<number> {
  await page.waitForTimeout(500);
  const labels = await mapRegion(page)
    .getByRole('group', { name: 'Events on the map' })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  const offscreen = await mapRegion(page)
    .locator('..')
    .getByRole('button', { name: /^Show \d+ events? to the / })
    .evaluateAll((buttons) => buttons.map((b) => Number(/^Show (\d+)/.exec(b.getAttribute('aria-label') ?? '')?.[1])));
  return labels.reduce((sum, l) => sum + Number(/^(\d+) events around /.exec(l)?.[1] ?? 1), 0) + offscreen.reduce((a, b) => a + b, 0);
}

let s: Session;
beforeAll(async () => {
  s = await startSession({ viewport: { width: 1280, height: 720 } });
});
afterAll(async () => {
  await s?.close();
});

describe('search', () => {
  it('narrows the map, the timeline and the list as the reader types, ignoring accents', async () => {
    await s.open();
    const expected = findable('dusseldorf');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(total);
    await searchBox(s.page).fill('dusseldorf');
    await expect.poll(() => shown(s.page)).toBe(expected.length);
    await expect(eventCount(s.page).textContent()).resolves.toBe(`${expected.length} of ${total} events`);
    await expect(list(s.page).getByRole('listitem').count()).resolves.toBe(expected.length);
    // "Düsseldorf" is marked where it matched.
    await expect(list(s.page).locator('mark').first().textContent()).resolves.toBe('Düsseldorf');
    const marks = timeline(s.page).locator('svg').getByRole('button');
    await expect.poll(() => marks.count()).toBe(expected.length);
    for (const e of expected)
      await expect(
        marks
          .filter({ hasText: '' })
          .and(s.page.getByRole('button', { name: `${e.title},` }))
          .count(),
      ).resolves.toBe(1);
    await expect.poll(() => onMap(s.page)).toBe(expected.filter((e) => e.place).length);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('q')).toBe('dusseldorf');
  });

  it('says when nothing matches, and one chip clears the search', async () => {
    await s.open('?q=zzzqqq');
    await expect.poll(() => shown(s.page)).toBe(0);
    await expect(s.page.getByText('No events match. Remove a filter or change the search.').count()).resolves.toBe(1);
    await chips(s.page).getByRole('button', { name: 'Remove filter Search: “zzzqqq”' }).click();
    await expect.poll(() => shown(s.page)).toBe(total);
    await expect(searchBox(s.page).inputValue()).resolves.toBe('');
    await expect(searchBox(s.page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });
});

/** Imports a file through the Stories dialog's file picker, as a reader would, and closes the report. */
async function importFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Stories' }).click();
  const dialog = page.getByRole('dialog', { name: /^(Stories|Import report: .*)$/ });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose a file…' }).click()]);
  await chooser.setFiles(path);
  await page.getByRole('dialog', { name: /^Import report: / }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await waitForMap(page);
}

describe('download of the selection', () => {
  it.each([
    ['CSV in the import template', /\.csv$/],
    ['GeoJSON', /\.geojson$/],
    ['Story JSON', /\.json$/],
  ])('saves the filtered events as %s, and importing the file gives the same count', async (format, extension) => {
    await s.open('?country=NL&from=2019-01-01&to=2023-12-31');
    const count = await shown(s.page);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await s.page.getByRole('button', { name: 'Download data' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Download the events shown' });
    const button = dialog.getByRole('button', { name: format, exact: true });
    await expect(button.getAttribute('aria-describedby').then((id) => s.page.locator(`#${id}`).textContent())).resolves.toBe(`holds ${count} events`);
    expect(await axeViolations(s.page)).toEqual([]);
    const [download] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(extension);
    await expect(dialog.getByRole('status').textContent()).resolves.toBe(`Saved ${download.suggestedFilename()} with ${count} events.`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    const saved = `${await download.path()}-${download.suggestedFilename()}`;
    await download.saveAs(saved);
    if (format.startsWith('CSV'))
      expect(readFileSync(saved, 'utf8').split('\r\n')[0]).toBe(
        '\uFEFFid,title,date,end,category,place,lat,lon,precision,country,summary,source_url,source_title,source_publisher,actors,related',
      );

    await importFile(s.page, saved);
    await expect(eventCount(s.page).textContent()).resolves.toBe(`${count} of ${count} events`);
  });
});

describe('facets', () => {
  it('filters by a country with a checkbox, shows it as a chip, and a reload of the link restores it', async () => {
    await s.open();
    const german = story.events.filter((e) => e.place?.country === 'DE').length;
    await s.page.getByRole('button', { name: 'Country', exact: true }).click();
    const germany = s.page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Germany/ });
    await expect(germany.getAttribute('type')).resolves.toBe('checkbox');
    await germany.check();
    await expect.poll(() => shown(s.page)).toBe(german);
    const chip = chips(s.page).getByRole('button', { name: 'Remove filter Country: Germany' });
    await expect(chip.count()).resolves.toBe(1);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('country')).toBe('DE');
    expect(await axeViolations(s.page)).toEqual([]);

    await s.page.reload();
    await waitForMap(s.page);
    await expect.poll(() => shown(s.page)).toBe(german);
    await expect(
      s.page
        .getByRole('group', { name: 'Country' })
        .getByRole('checkbox', { name: /^Germany/ })
        .isChecked(),
    ).resolves.toBe(true);
    await chips(s.page).getByRole('button', { name: 'Remove filter Country: Germany' }).click();
    await expect.poll(() => shown(s.page)).toBe(total);
  });

  it('finds an actor in a long list, and Clear all removes every filter at once', async () => {
    await s.open('?q=arrest&hide=raid');
    await s.page.getByRole('button', { name: 'Actor', exact: true }).click();
    const actors = s.page.getByRole('group', { name: 'Actor' });
    await actors.getByRole('searchbox', { name: 'Find an actor' }).fill('bka');
    await expect(actors.getByRole('checkbox').count()).resolves.toBe(1);
    await actors.getByRole('checkbox', { name: /^BKA/ }).check();
    await expect.poll(() => chips(s.page).getByRole('button').count()).toBe(3);
    await s.page.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => shown(s.page)).toBe(total);
    await expect(chips(s.page).count()).resolves.toBe(0);
    await expect.poll(() => new URL(s.page.url()).search).not.toMatch(/[?&](q|actor|hide)=/);
  });
});

describe('on a phone', () => {
  it('searches, filters and clears with the keyboard at 375 px, and axe finds nothing', async () => {
    const phone = await startSession({ viewport: { width: 375, height: 812 }, touch: true });
    try {
      await phone.open();
      const box = searchBox(phone.page);
      await box.focus();
      await phone.page.keyboard.type('nuctech');
      await expect.poll(() => shown(phone.page)).toBe(findable('nuctech').length);
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
      // Tab from the search box reaches the chip, which Enter removes.
      await phone.page.keyboard.press('Tab');
      await expect(phone.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Remove filter Search: “nuctech”');
      await phone.page.keyboard.press('Enter');
      await expect.poll(() => shown(phone.page)).toBe(total);
      expect(await axeViolations(phone.page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
