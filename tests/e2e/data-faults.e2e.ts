import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startSession, waitForMap, type Session } from './browser';
import { startFixtureServer } from './fixtureServer';

const BUNDLED = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { title: string };

let s: Session;
let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  fixtures = await startFixtureServer();
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
  await fixtures?.close();
});

// The 404, HTML page, CORS refusal, 50 MB cap and Cancel are in import.e2e.ts; this is the one that waits.
describe('?data= from a server that goes silent', () => {
  it('gives up after its stall timeout with a message, and shows the bundled story', async () => {
    await s.page.goto(`${inject('baseUrl')}?data=${encodeURIComponent(`${fixtures.origin}/cors/silent.csv`)}`);
    await expect.poll(() => s.page.getByRole('alert').textContent(), { timeout: 40_000 }).toMatch(/timed out: the server sent nothing for 20 seconds/);
    await waitForMap(s.page);
    await expect(s.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(BUNDLED.title);
  });
});
