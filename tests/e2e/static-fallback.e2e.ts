import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { axeViolations, eventCount, startSession, timeline, type Session } from './browser';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { events: { id: string; title: string }[] };
const total = story.events.length;

let s: Session;
beforeAll(async () => {
  // A browser with no WebGL at all, like some old or locked-down devices.
  s = await startSession({ extraArgs: ['--disable-3d-apis', '--disable-webgl', '--disable-webgl2'] });
});
afterAll(async () => {
  await s?.close();
});

describe('without WebGL', () => {
  it('draws the static map, and every event is reachable from the list', async () => {
    await s.page.goto(inject('baseUrl'));
    const region = s.page.getByRole('region', { name: 'Map of the events (static)' });
    await region.waitFor({ timeout: 30_000 });
    await expect(region.getByRole('img', { name: /^Static map: \d+ events/ }).count()).resolves.toBe(1);
    await expect(region.getByRole('note').textContent()).resolves.toMatch(/cannot show the interactive map/);
    // The SVG basemap is drawn: countries are paths.
    await expect.poll(() => region.locator('path').count()).toBeGreaterThan(10);

    await expect(eventCount(s.page).textContent()).resolves.toBe(`${total} of ${total} events`);
    const list = s.page.getByRole('list', { name: 'Events in the time window' });
    for (const event of story.events) {
      await expect(list.getByRole('button', { name: new RegExp(event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).count()).resolves.toBe(1);
    }
    await list.getByRole('button').first().click();
    await expect(
      s.page
        .getByRole('heading', { level: 2 })
        .filter({ hasText: story.events.find((e) => e.id === 'chimera-nxp-intrusion')?.title })
        .count(),
    ).resolves.toBe(1);
    expect(s.errors).toEqual([]);
  });

  it('keeps the timeline working', async () => {
    await s.page.goto(inject('baseUrl'));
    await s.page.getByRole('region', { name: 'Map of the events (static)' }).waitFor({ timeout: 30_000 });
    const end = timeline(s.page).getByRole('slider', { name: 'End of the time window' });
    await end.focus();
    await s.page.keyboard.press('PageDown');
    await expect.poll(() => eventCount(s.page).textContent()).not.toBe(`${total} of ${total} events`);
    expect(await axeViolations(s.page)).toEqual([]);
  });
});
