import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventCount, startSession, waitForMap, type Session } from './browser';

const total = (JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { events: unknown[] }).events.length;

let s: Session;
beforeEach(async () => {
  s = await startSession();
});
afterEach(async () => {
  await s?.close();
});

describe('the story as data', () => {
  it('is fetched as JSON, not compiled into the script, and its events show before the map has loaded', async () => {
    const scripts: string[] = [];
    const storyRequests: string[] = [];
    s.page.on('request', (r) => {
      if (r.url().includes('/story/')) storyRequests.push(r.url());
    });
    s.page.on('response', async (r) => {
      if (r.url().endsWith('.js')) scripts.push(await r.text());
    });
    // Hold the basemap back until the events are on the page.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await s.page.route('**/basemap/basemap.topo.json', async (route) => {
      await held;
      await route.continue();
    });
    const story = s.page.waitForResponse((r) => r.url().endsWith('/story/china-espionage-nl.json'));
    await s.page.goto(inject('baseUrl'));
    expect((await story).status()).toBe(200);
    await expect.poll(() => eventCount(s.page).textContent(), { timeout: 30_000 }).toBe(`${total} of ${total} events`);
    release();
    await waitForMap(s.page);
    // The preload and the app's fetch are one request.
    expect(storyRequests).toHaveLength(1);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((text) => text.includes('chimera-nxp-intrusion'))).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('says clearly when the story cannot be fetched', async () => {
    await s.page.route('**/story/china-espionage-nl.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await s.page.goto(inject('baseUrl'));
    await s.page.getByRole('heading', { name: 'This story could not be shown' }).waitFor({ timeout: 30_000 });
    await expect(
      s.page.getByText(/^The story could not be loaded: the server answered 404\. Check the connection and reload the page\.$/).count(),
    ).resolves.toBe(1);
  });
});
