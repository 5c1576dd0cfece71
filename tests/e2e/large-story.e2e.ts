import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/symbols/palette';
import { DEFAULT_STORY_URL } from '../../src/story/bundled';
import { syntheticStory } from '../bench/synthetic';
import { countMapPixels, startSession, type Session } from './browser';

// 100,000 events: above DENSE_LIMIT, so one WebGL layer draws them (src/map/denseLayer.ts).
const N = 100_000;
const body = JSON.stringify(syntheticStory(N));

let s: Session;
const warnings: string[] = [];
beforeAll(async () => {
  s = await startSession({ viewport: { width: 1280, height: 720 } });
  s.page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('map:')) warnings.push(m.text());
  });
  // The built app fetches its bundled story: it gets the large one instead.
  await s.page.route(`**/${DEFAULT_STORY_URL}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
});
afterAll(async () => {
  await s?.close();
});

/** The count sentence, its numbers grouped as the page's language writes them. */
const count = () => s.page.getByText(/^[\d,]+ of [\d,]+ events$/);

/** Pixels of the first category's colour on the map, once it has drawn the page's window. */
async function firstCategoryPixels(query: string): Promise<number> {
  await s.open(query);
  await expect.poll(() => count().textContent(), { timeout: 60_000 }).toMatch(/ of 100,000 events$/);
  await s.page.waitForTimeout(1500);
  return countMapPixels(s.page, COLOURS[0], 2);
}

describe('a story of 100,000 events', () => {
  it('draws the events of the window in full colour, and the others faded, without a map error', async () => {
    const all = await firstCategoryPixels('');
    const month = await firstCategoryPixels('?from=2010-03-01&to=2010-03-31');
    // The story begins in 2005: a window before it holds no events, and every event is faded.
    const none = await firstCategoryPixels('?from=1990-01-01&to=1990-12-31');
    expect(warnings).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(all).toBeGreaterThan(0);
    expect(month).toBeGreaterThan(0);
    expect(none).toBe(0);
  }, 240_000);
});
