import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { axeViolations, eventCount, startSession, timeline, waitForMap, type Session } from './browser';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { events: unknown[] };
const total = story.events.length;
const KNOWN = new Set(['embed', 'id', 'plain', 'theme', 'data', 'story', 'event', 'from', 'to', 'hide', 'map', 'present', 'chapter', 'lang']);

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

const notice = () => s.page.getByRole('status').filter({ hasText: 'Part of this link could not be read' });

describe('a malformed link', () => {
  it.each([
    ['?map=0x34/52/5', true],
    ['?map=1e1/52/5', true],
    ['?map=4/95/5', true],
    ['?map=4/52', true],
    ['?from=2023-02-31&to=2023-03-01', true],
    ['?from=2024-01-01&to=2023-01-01', true],
    ['?event=no-such-event', true],
    ['?hide=,,,%00', true],
    ['?lang=xx', true],
    ['?chapter=-1&present=yes', false],
    ['?chapter=99999999999999999999', false],
    ['?%E0%A4%A=1&event', true],
    ['?junk0=0&… (800 unknown parameters)', false],
  ])('%s opens the whole story with sane defaults, and says so where that helps', async (query, told) => {
    await s.open(query.includes('…') ? `?${Array.from({ length: 800 }, (_, i) => `junk${i}=${i}`).join('&')}` : query);
    await expect.poll(() => eventCount(s.page).textContent()).toBe(`${total} of ${total} events`);
    await expect.poll(() => notice().count()).toBe(told ? 1 : 0);
    // The next change writes back only what the app knows.
    await timeline(s.page).getByRole('slider', { name: 'End of the time window' }).press('PageDown');
    await expect.poll(() => new URL(s.page.url()).searchParams.has('from')).toBe(true);
    expect([...new URL(s.page.url()).searchParams.keys()].filter((k) => !KNOWN.has(k))).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('lets the reader dismiss the notice', async () => {
    await s.open('?map=0x34/52/5');
    expect(await axeViolations(s.page)).toEqual([]);
    await notice().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice().count()).toBe(0);
  });
});

describe('state over a reload', () => {
  it('keeps the window, the hidden category and the open event, reloaded straight after the last click', async () => {
    await s.open();
    await s.page.getByRole('checkbox').first().uncheck();
    await timeline(s.page).getByRole('slider', { name: 'Start of the time window' }).press('PageUp');
    const list = s.page.getByRole('list', { name: 'Events in the time window' });
    const name = (await list.getByRole('button').first().textContent()) ?? '';
    await list.getByRole('button').first().click();
    const count = await eventCount(s.page).textContent();
    await s.page.reload();
    await waitForMap(s.page);
    await expect.poll(() => eventCount(s.page).textContent()).toBe(count);
    await expect(s.page.getByRole('checkbox').first().isChecked()).resolves.toBe(false);
    const headings = await s.page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.some((h) => h !== 'Events' && name.startsWith(h))).toBe(true);
  });
});
