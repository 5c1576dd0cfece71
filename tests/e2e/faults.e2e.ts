import { afterEach, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, eventCount, mapRegion, startSession, timeline, waitForMap, type Session } from './browser';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { events: unknown[] };
const total = story.events.length;
const list = (page: Page) => page.getByRole('list', { name: 'Events in the time window' });
const staticMap = (page: Page) => page.getByRole('region', { name: 'Map of the events (static)' });

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/**
 * A fault for one part of the page, injected from outside the app: while `window.__fault` names a
 * tag, the browser refuses to create that element, as a broken device or extension might. Each tag
 * is drawn by one part only (<clipPath> the timeline, <ol> the list, <blockquote> an event,
 * <table> the import report), so the fault lands there. The app has no switch for it.
 */
async function faultySession(tag: string | null) {
  const session = await startSession();
  await session.context.addInitScript((armed) => {
    const w = window as unknown as { __fault: string | null };
    w.__fault = armed;
    const create = Document.prototype.createElement;
    const createNS = Document.prototype.createElementNS;
    const refuse = (tag: string) => {
      if (tag === w.__fault) throw new Error(`injected fault: <${tag}>`);
    };
    Document.prototype.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
      refuse(tag);
      return create.call(this, tag, options);
    } as typeof create;
    Document.prototype.createElementNS = function (this: Document, ns: string | null, tag: string, options?: ElementCreationOptions) {
      refuse(tag);
      return createNS.call(this, ns, tag, options);
    } as typeof createNS;
  }, tag);
  return session;
}

const heal = (page: Page) => page.evaluate(() => ((window as unknown as { __fault: string | null }).__fault = null));

/** The parts a reader uses most: an event opens from the list, the timeline narrows the window. */
async function openEvent(page: Page, n = 0) {
  const button = list(page).getByRole('button').nth(n);
  const name = (await button.textContent()) ?? '';
  await button.click();
  // The open event's title is a heading; the list's button starts with it.
  const opened = async () => (await page.getByRole('heading', { level: 2 }).allTextContents()).some((h) => h !== 'Events' && name.startsWith(h));
  await expect.poll(opened).toBe(true);
}
async function narrowWindow(page: Page) {
  await timeline(page).getByRole('slider', { name: 'End of the time window' }).focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => eventCount(page).textContent()).not.toBe(`${total} of ${total} events`);
}

describe('an error stays in its part of the page', () => {
  it('the timeline: a message and a retry there, while the map and the list work', async () => {
    s = await faultySession('clipPath');
    await s.open();
    await expect.poll(() => s!.page.getByRole('alert').filter({ hasText: 'The timeline could not be shown.' }).count()).toBe(1);
    await expect(timeline(s.page).count()).resolves.toBe(0);
    expect(await axeViolations(s.page)).toEqual([]);
    await openEvent(s.page);
    await heal(s.page);
    await s.page.getByRole('button', { name: 'Try again' }).click();
    await narrowWindow(s.page);
  });

  it('the list: a message there, while the timeline and the map work', async () => {
    s = await faultySession('ol');
    await s.open();
    await expect.poll(() => s!.page.getByRole('alert').filter({ hasText: 'The list of events could not be shown.' }).count()).toBe(1);
    await narrowWindow(s.page);
    await mapRegion(s.page).getByRole('button', { name: 'Zoom in' }).click();
    await heal(s.page);
    await s.page.getByRole('button', { name: 'Try again' }).click();
    await openEvent(s.page);
  });

  it('an event: a message in the panel, and the next event opens', async () => {
    s = await faultySession(null);
    await s.open();
    await s.page.evaluate(() => ((window as unknown as { __fault: string }).__fault = 'blockquote'));
    await list(s.page).getByRole('button').first().click();
    await expect.poll(() => s!.page.getByRole('alert').filter({ hasText: 'This event could not be shown.' }).count()).toBe(1);
    await narrowWindow(s.page);
    await heal(s.page);
    await openEvent(s.page, 1);
  });

  it('the import report: a message in the dialog, which still closes, and the page works', async () => {
    s = await faultySession('table');
    await s.open();
    await s.page.getByRole('button', { name: 'Stories' }).click();
    const dialog = s.page.getByRole('dialog');
    const [chooser] = await Promise.all([s.page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose a file…' }).click()]);
    await chooser.setFiles(join('tests', 'fixtures', 'import', 'bad-rows.csv'));
    await expect.poll(() => dialog.getByRole('alert').filter({ hasText: 'Something went wrong in this window.' }).count()).toBe(1);
    await heal(s.page);
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => dialog.getByText(/^Dates: /).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await waitForMap(s.page);
    await openEvent(s.page);
  });

  it('the map: when the interactive map cannot load, the static map shows why, and the rest works', async () => {
    s = await startSession();
    // A deploy that removed the map's file, or a proxy that blocks it.
    await s.page.route(/\/assets\/MapView-[^/]*\.js$/, (route) => route.abort());
    await s.page.goto(inject('baseUrl'));
    await staticMap(s.page).waitFor({ timeout: 30_000 });
    await expect(staticMap(s.page).getByRole('note').textContent()).resolves.toMatch(/interactive map ran into an error/);
    await openEvent(s.page);
    await narrowWindow(s.page);
  });
});

describe('WebGL context loss', () => {
  it('shows the static map with the same window, selection and filters, and returns to WebGL when restored', async () => {
    s = await startSession();
    await s.open();
    await narrowWindow(s.page);
    await s.page.getByRole('checkbox').first().uncheck();
    await openEvent(s.page);
    const shown = Number(/^(\d+) of/.exec((await eventCount(s.page).textContent()) ?? '')?.[1]);

    await mapRegion(s.page)
      .locator('canvas')
      .evaluate((canvas) => {
        const gl = (canvas as HTMLCanvasElement).getContext('webgl2');
        const lose = gl?.getExtension('WEBGL_lose_context');
        (window as unknown as { __lose: WEBGL_lose_context | null | undefined }).__lose = lose;
        lose?.loseContext();
      });
    await staticMap(s.page).waitFor();
    await expect(staticMap(s.page).getByRole('note').textContent()).resolves.toMatch(/stopped drawing the interactive map/);
    expect(await axeViolations(s.page)).toEqual([]);
    await expect(staticMap(s.page).getByRole('img').getAttribute('aria-label')).resolves.toMatch(new RegExp(`^Static map: ${shown} events?`));
    // The page goes on working while the context is away.
    await timeline(s.page).getByRole('slider', { name: 'End of the time window' }).press('PageDown');
    await expect.poll(() => eventCount(s!.page).textContent()).not.toMatch(new RegExp(`^${shown} of`));

    // The browser takes a restore only once it has finished losing the context: ask until it does.
    const restore = () => s!.page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect
      .poll(async () => {
        await restore();
        return staticMap(s!.page).count();
      })
      .toBe(0);
    await waitForMap(s.page);
    await expect(mapRegion(s.page).getByRole('group', { name: 'Events on the map' }).count()).resolves.toBe(1);
    expect(s.errors.filter((e) => !/WebGL|context/i.test(e))).toEqual([]);
  });
});
