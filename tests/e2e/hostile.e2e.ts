import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventCount, startSession, timeline, waitForMap, type Session } from './browser';
import { importHostile, overflow } from './overflow';
import { hostileFiles, refusedFiles } from '../fixtures/hostile/files';
import { PAYLOADS } from '../fixtures/hostile/payloads';

/** Events opened per file: enough to show every kind of payload in the panel, few enough to keep the run short. */
const OPENED = 4;
const HANDLERS = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'ontoggle', 'onbegin', 'onstart'].map((a) => `[${a}]`).join(',');

let s: Session;
const dialogs: string[] = [];
beforeAll(async () => {
  s = await startSession();
  s.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => {
  await s?.close();
});

/** What a payload would leave behind had it run or been parsed as markup. */
const traces = (page: Page) =>
  page.evaluate(
    (handlers) => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      polluted: ({} as { polluted?: unknown }).polluted ?? null,
      handlers: document.querySelectorAll(handlers).length,
      injected: document.querySelectorAll(
        '#root script, #root iframe, #root object, #root embed, #root img, #root style, #root link, #root base, #root meta, #root form',
      ).length,
      // Every link, resolved against the page: the app's own relative ones (a template to download) are http(s) too.
      hrefs: Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href).filter((h) => !/^https?:\/\//.test(h)),
      links: Array.from(document.querySelectorAll('a[href^="http"]'), (a) => a.getAttribute('rel')).filter((rel) => rel !== 'noopener noreferrer'),
    }),
    HANDLERS,
  );
const CLEAN = { pwned: null, polluted: null, handlers: 0, injected: 0, hrefs: [], links: [] };

describe(`${PAYLOADS.length} hostile payloads through every import format`, () => {
  it('has at least 100 payloads', () => {
    expect(new Set(PAYLOADS).size).toBeGreaterThanOrEqual(100);
  });

  it.each(hostileFiles().map((f) => [f.name, f] as const))('%s: nothing runs, nothing escapes its box, the page stays usable', async (_, file) => {
    await s.open();
    const report = await importHostile(s.page, file);
    // Each file has good rows among the hostile ones: it loads, with the rest reported.
    expect(report).not.toBeNull();
    await expect(report?.getByText(/events? loaded from \d+ rows?/).count()).resolves.toBe(1);
    expect(await overflow(s.page)).toEqual({ page: 0, escaped: [] });
    await report?.getByRole('button', { name: 'Close' }).click();
    await waitForMap(s.page);

    const list = s.page.getByRole('list', { name: 'Events in the time window' });
    const buttons = list.getByRole('button');
    const n = await buttons.count();
    // Most rows load: the payloads are on the page, not just reported.
    expect(n).toBeGreaterThanOrEqual(20);
    for (let i = 0; i < Math.min(n, OPENED); i++) {
      await buttons.nth(Math.floor((i * n) / OPENED)).click();
      await s.page
        .getByRole('button', { name: 'Close the event' })
        .or(s.page.getByRole('button', { name: /^Close/ }))
        .first()
        .waitFor();
      expect(await overflow(s.page)).toEqual({ page: 0, escaped: [] });
    }
    expect(await traces(s.page)).toEqual(CLEAN);

    // Still usable: the timeline narrows the window and the list follows.
    const before = await eventCount(s.page).textContent();
    await timeline(s.page).getByRole('slider', { name: 'Start of the time window' }).focus();
    for (let i = 0; i < 4; i++) await s.page.keyboard.press('PageUp');
    await expect.poll(() => eventCount(s.page).textContent()).not.toBe(before);
    expect(await traces(s.page)).toEqual(CLEAN);
    expect(dialogs).toEqual([]);
  });

  it.each(refusedFiles().map((f) => [f.name, f] as const))('%s is refused with a message, and the open story stays', async (_, file) => {
    await s.open();
    const title = await s.page.getByRole('heading', { level: 1 }).textContent();
    const report = await importHostile(s.page, file);
    expect(report).toBeNull();
    const dialog = s.page.getByRole('dialog', { name: 'Stories' });
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/could not be imported: .*(characters|"__proto__")/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(s.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    expect(await traces(s.page)).toEqual(CLEAN);
  });
});
