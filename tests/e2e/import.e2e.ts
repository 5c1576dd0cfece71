import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, eventCount, startSession, waitForMap, type Session } from './browser';
import { startFixtureServer } from './fixtureServer';

const FIXTURES = resolve('tests', 'fixtures', 'import');
const BUNDLED = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { title: string; events: unknown[] };
// Published stories sit next to the app; the test publishes into the built app and cleans up.
const PUBLISHED = join('dist', 'e2e-published');

let s: Session;
let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  fixtures = await startFixtureServer();
  mkdirSync(PUBLISHED, { recursive: true });
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
  await fixtures?.close();
  rmSync(PUBLISHED, { recursive: true, force: true });
});

const title = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const storiesDialog = (page: Page) => page.getByRole('dialog', { name: /^(Stories|Import report: .*)$/ });

/** "12 of 12 events" → 12, once the list shows every event. */
async function shownEvents(page: Page): Promise<number> {
  const text = (await eventCount(page).textContent()) ?? '';
  const [, shown, all] = /^(\d+) of (\d+) events$/.exec(text) ?? [];
  expect(shown).toBe(all);
  return Number(all);
}

/** Imports a fixture through the Stories dialog's file picker, as a reader would. */
async function importFile(page: Page, name: string) {
  await page.getByRole('button', { name: 'Stories' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), storiesDialog(page).getByRole('button', { name: 'Choose a file…' }).click()]);
  await chooser.setFiles(join(FIXTURES, name));
}

async function importAndReport(page: Page, name: string) {
  await importFile(page, name);
  const report = page.getByRole('dialog', { name: /^Import report: / });
  await report.waitFor();
  return report;
}

async function closeDialog(page: Page) {
  await storiesDialog(page).getByRole('button', { name: 'Close' }).click();
  await waitForMap(page);
}

describe('import by file', () => {
  it.each([
    ['timelinejs-coordinates.csv', 'TimelineJS sheet', 'Harbour cranes under scrutiny'],
    ['acled.csv', 'ACLED export', null],
    ['events.geojson', 'GeoJSON', null],
  ])('loads %s, shows its report, and keeps it over a reload', async (name, format, expectedTitle) => {
    await s.open();
    await importAndReport(s.page, name).then(async (report) => {
      await expect(report.getByText(new RegExp(`^Read as ${format}`)).count()).resolves.toBe(1);
      const summary = (await report.getByText(/events? loaded from \d+ rows?/).textContent()) ?? '';
      const [, loaded] = /^(\d+) events? loaded/.exec(summary) ?? [];
      expect(Number(loaded)).toBeGreaterThan(0);
      await closeDialog(s.page);
      expect(await shownEvents(s.page)).toBe(Number(loaded));
    });
    const imported = await title(s.page);
    expect(imported).not.toBe(BUNDLED.title);
    if (expectedTitle) expect(imported).toBe(expectedTitle);
    expect(new URL(s.page.url()).searchParams.get('story')).toBeTruthy();
    await s.page.reload();
    await waitForMap(s.page);
    expect(await title(s.page)).toBe(imported);
  });

  it('shows every problem of a file with bad rows, grouped, and loads its good rows', async () => {
    await s.open();
    const report = await importAndReport(s.page, 'bad-rows.csv');
    await expect(report.getByText(/loaded from 12 rows, \d+ rows left out; \d+ rows with problems/).count()).resolves.toBe(1);
    for (const group of [/^Dates: \d+ problems?/, /^Places: \d+ problems?/, /^Ids: \d+ problems?/, /^Titles: \d+ problems?/]) {
      await expect(report.getByText(group).count()).resolves.toBe(1);
    }
    // With more than three groups, each starts folded.
    await report.getByText(/^Dates: /).click();
    const dates = report.getByRole('region', { name: 'Dates problems' });
    await expect(dates.getByRole('row').filter({ hasText: '2023-02-31' }).count()).resolves.toBe(1);
    expect(await axeViolations(s.page)).toEqual([]);
    const [download] = await Promise.all([s.page.waitForEvent('download'), report.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('bad-rows-report.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFrow,id,kind,severity,field,value,message');
    expect(csv).toContain('2023-02-31');
    await closeDialog(s.page);
    await expect(
      s.page
        .getByRole('list', { name: 'Events in the time window' })
        .getByRole('button', { name: /^A good row/ })
        .count(),
    ).resolves.toBe(1);
  });

  it('places a TimelineJS sheet’s events by name, lists the ambiguous ones, and keeps the reader’s pick', async () => {
    await s.open();
    const report = await importAndReport(s.page, 'timelinejs-places.csv');
    await expect(report.getByText(/\(\d+ not on the map\)/).count()).resolves.toBe(1);
    const ambiguous = report.getByRole('group', { name: /“Cambridge”\?$/ });
    await expect(ambiguous.getByRole('radio').count()).resolves.toBeGreaterThan(1);
    await expect(report.getByRole('heading', { name: /^Not on the map \(\d+\)$/ }).count()).resolves.toBe(1);
    expect(await axeViolations(s.page)).toEqual([]);
    const before = (await report.getByText(/not on the map\)/).textContent()) ?? '';
    await ambiguous
      .getByRole('radio', { name: /England|United Kingdom|GB/ })
      .first()
      .check();
    await ambiguous.getByRole('button', { name: /^Use this place for/ }).click();
    await expect.poll(() => ambiguous.count()).toBe(0);
    const after = (await report.getByText(/events? loaded from/).textContent()) ?? '';
    expect(after).not.toBe(before);
    await closeDialog(s.page);
    await s.page.reload();
    await waitForMap(s.page);
    await s.page.getByRole('button', { name: 'Stories' }).click();
    await storiesDialog(s.page).getByRole('button', { name: 'Report of the open story' }).click();
    await expect(s.page.getByRole('group', { name: /“Cambridge”\?$/ }).count()).resolves.toBe(0);
    await closeDialog(s.page);
    const list = s.page.getByRole('list', { name: 'Events in the time window' });
    await expect(list.getByRole('button', { name: /^Statement issued .*Not on the map/ }).count()).resolves.toBe(1);
    await expect(list.getByRole('button', { name: /^University lab visited .*Cambridge, Cambridgeshire/ }).count()).resolves.toBe(1);
    await list.getByRole('button', { name: /^Harbour inspection .*Rotterdam/ }).click();
    await expect(s.page.getByText('Known to the city, placed by name').count()).resolves.toBe(1);
  });

  it('gives events that are not on the map a place, typed or found in the gazetteer', async () => {
    await s.open();
    const report = await importAndReport(s.page, 'timelinejs-places.csv');
    const count = async () => Number(/\((\d+) not on the map\)/.exec((await report.getByText(/not on the map\)/).textContent()) ?? '')?.[1] ?? 0);
    const before = await count();
    await report.getByRole('button', { name: 'Give a place to “Statement issued”' }).click();
    const form = report.getByRole('form', { name: 'Place for “Statement issued”' });
    await form.getByRole('textbox', { name: 'Place name' }).fill('Utrecht');
    await form.getByRole('textbox', { name: 'Latitude' }).fill('95');
    await form.getByRole('textbox', { name: 'Longitude' }).fill('5.12');
    await form.getByRole('textbox', { name: 'Country code (optional)' }).fill('NL');
    await form.getByRole('button', { name: 'Put “Statement issued” on the map' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toMatch(/Latitude must be a number/);
    await form.getByRole('textbox', { name: 'Latitude' }).fill('52.09');
    await form.getByRole('button', { name: 'Put “Statement issued” on the map' }).click();
    await expect.poll(count).toBe(before - 1);
    await report.getByRole('button', { name: 'Give a place to “Briefing in a village”' }).click();
    const search = report.getByRole('search', { name: 'Find a place for “Briefing in a village”' });
    await search.getByRole('textbox', { name: 'Find a place by name' }).fill('Utrecht');
    await search.getByRole('button', { name: 'Find' }).click();
    await search
      .getByRole('button', { name: /^Use Utrecht, .*NL/ })
      .first()
      .click();
    await expect.poll(count).toBe(before - 2);
    await closeDialog(s.page);
    await expect(
      s.page
        .getByRole('list', { name: 'Events in the time window' })
        .getByRole('button', { name: /^Briefing in a village .*Utrecht/ })
        .count(),
    ).resolves.toBe(1);
  });

  it('leaves the current story in place, with a message, for a file of no known format', async () => {
    await s.open();
    await importFile(s.page, 'not-a-format.csv');
    const dialog = storiesDialog(s.page);
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(1);
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/not-a-format\.csv/);
    await closeDialog(s.page);
    expect(await title(s.page)).toBe(BUNDLED.title);
    expect(await shownEvents(s.page)).toBe(BUNDLED.events.length);
  });

  it('imports pasted CSV text', async () => {
    await s.open();
    await s.page.getByRole('button', { name: 'Stories' }).click();
    const dialog = storiesDialog(s.page);
    await dialog.getByRole('textbox', { name: 'Or paste CSV text' }).fill(readFileSync(join(FIXTURES, 'acled.csv'), 'utf8'));
    await dialog.getByRole('button', { name: 'Import the pasted text' }).click();
    await s.page.getByRole('dialog', { name: /^Import report: / }).waitFor();
    await closeDialog(s.page);
    expect(await title(s.page)).not.toBe(BUNDLED.title);
    // A story kept only in this browser cannot be embedded as it is: the Embed dialog says how to publish it.
    await s.page.getByRole('button', { name: 'Embed' }).click();
    await expect(
      s.page
        .getByRole('dialog', { name: 'Embed this view' })
        .getByText(/kept only in this browser/)
        .count(),
    ).resolves.toBe(1);
    await s.page.getByRole('dialog', { name: 'Embed this view' }).getByRole('button', { name: 'Close' }).click();
  });

  it('takes a file dropped on the page, showing a drop target while it is dragged', async () => {
    await s.open();
    const text = readFileSync(join(FIXTURES, 'events.geojson'), 'utf8');
    const transfer = await s.page.evaluateHandle((body) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], 'dropped.geojson', { type: 'application/geo+json' }));
      return dt;
    }, text);
    await s.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(s.page.getByText('Drop the file to import it').isVisible()).resolves.toBe(true);
    await s.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await s.page.getByRole('dialog', { name: /^Import report: / }).waitFor();
    await expect(s.page.getByText('Drop the file to import it').count()).resolves.toBe(0);
    await closeDialog(s.page);
  });
});

describe('the Stories menu', () => {
  it('lists the kept stories, opens the bundled one and deletes one', async () => {
    await s.open();
    await s.page.getByRole('button', { name: 'Stories' }).click();
    const dialog = storiesDialog(s.page);
    const kept = dialog.getByRole('button', { name: /^Delete .*\(acled\.csv\)$/ });
    const before = await kept.count();
    expect(before).toBeGreaterThan(0);
    await dialog
      .getByRole('button', { name: /^Open .*\(acled\.csv\)$/ })
      .first()
      .click();
    await expect.poll(() => title(s.page)).not.toBe(BUNDLED.title);
    await kept.first().click();
    await dialog.getByRole('button', { name: /^Yes, delete .*\(acled\.csv\)$/ }).click();
    await expect.poll(() => kept.count()).toBe(before - 1);
    await dialog
      .getByRole('button', { name: /^Open / })
      .first()
      .click();
    await expect.poll(() => title(s.page)).toBe(BUNDLED.title);
    expect(new URL(s.page.url()).searchParams.has('story')).toBe(false);
  });
});

describe('?data=', () => {
  it.each(['timelinejs-coordinates.csv', 'acled.csv', 'events.geojson'])('loads %s from another origin that allows CORS', async (name) => {
    await s.open(`?data=${encodeURIComponent(`${fixtures.origin}/cors/${name}`)}`);
    expect(await title(s.page)).not.toBe(BUNDLED.title);
    expect(await shownEvents(s.page)).toBeGreaterThan(0);
  });

  it.each([
    ['missing.csv', 'cors', /no file at .*missing\.csv \(404\)/],
    ['error-page.json', 'cors', /is a web page, not a story file/],
    ['acled.csv', 'nocors', /does not allow other sites to read it \(CORS\)/],
    ['huge.csv', 'cors', /60 MB; files up to 50 MB/],
  ])('shows why %s (%s) could not be loaded, and the bundled story', async (name, area, message) => {
    await s.open(`?data=${encodeURIComponent(`${fixtures.origin}/${area}/${name}`)}`);
    await expect(s.page.getByRole('alert').textContent()).resolves.toMatch(message);
    expect(await title(s.page)).toBe(BUNDLED.title);
    expect(await axeViolations(s.page)).toEqual([]);
  });

  it('publishes a story saved as JSON next to the app, and embeds it with its data URL', async () => {
    await s.open();
    const report = await importAndReport(s.page, 'acled.csv');
    const [download] = await Promise.all([s.page.waitForEvent('download'), report.getByRole('button', { name: 'Save as story JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('acled.json');
    const imported = (await report.getByRole('heading', { level: 2 }).textContent())?.replace('Import report: ', '');
    copyFileSync(await download.path(), join(PUBLISHED, 'acled.json'));
    await s.open('?data=e2e-published/acled.json');
    expect(await title(s.page)).toBe(imported);
    await s.page.getByRole('button', { name: 'Embed' }).click();
    const code = await s.page.getByRole('dialog', { name: 'Embed this view' }).getByRole('textbox', { name: 'Embed code' }).inputValue();
    const src = new URL(/src="([^"]+)"/.exec(code)?.[1].replace(/&amp;/g, '&') ?? '');
    expect(src.searchParams.get('data')).toBe(new URL('e2e-published/acled.json', s.page.url()).toString());
    await s.open(`?embed=1&data=${encodeURIComponent(src.searchParams.get('data') ?? '')}`);
    expect(await title(s.page)).toBe(imported);
  });
});
