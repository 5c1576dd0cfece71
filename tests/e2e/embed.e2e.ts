import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame } from 'playwright-core';
import { axeViolations, startSession, type Session } from './browser';

let s: Session;
let host: Server;
let hostUrl: string;
beforeAll(async () => {
  s = await startSession({ viewport: { width: 1400, height: 900 } });
  // The news site: another origin (another port) than the app's.
  host = createServer((req, res) => {
    const width = Number(new URL(req.url ?? '/', 'http://host').searchParams.get('width') ?? 768);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage(width));
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/article`;
});
afterAll(async () => {
  await s?.close();
  await new Promise((done) => host?.close(done));
});

const openHost = (width: number) => s.page.goto(`${hostUrl}?width=${width}`);

/** A news page on another origin, with the embed code the Embed dialog gives. */
function hostPage(width: number) {
  const base = inject('baseUrl');
  return `<!doctype html><html lang="en"><head><title>Host</title><script>
    window.received = [];
    addEventListener('message', (e) => window.received.push(e.data));
  </script></head><body style="margin:0">
    <main style="width:${width}px"><h1>An article</h1>
      <iframe data-incident-atlas src="${base}?embed=1&id=story-map" title="Story map" scrolling="no" style="width:0;min-width:100%;border:none" height="400"></iframe>
      <p>More article text.</p>
    </main>
    <script async src="${base}embed.js"></script>
  </body></html>`;
}

async function embeddedFrame(): Promise<Frame> {
  await expect.poll(() => s.page.frames().some((f) => f.url().includes('embed=1'))).toBe(true);
  const frame = s.page.frames().find((f) => f.url().includes('embed=1')) as Frame;
  await frame.getByRole('region', { name: 'Map of the events' }).and(frame.locator('[aria-busy="false"]')).waitFor({ timeout: 30_000 });
  return frame;
}

describe('the embed in a host page', () => {
  for (const width of [320, 768, 1280]) {
    it(`sizes itself at ${width} px and does not scroll sideways`, async () => {
      await s.page.setViewportSize({ width: width + 40, height: 900 });
      await openHost(width);
      const frame = await embeddedFrame();
      const iframe = s.page.getByTitle('Story map');

      await expect
        .poll(() =>
          s.page.evaluate(() =>
            (window as unknown as { received: unknown[] }).received.some((m) => JSON.stringify(m).includes('"datawrapper-height":{"story-map"')),
          ),
        )
        .toBe(true);
      const amp = await s.page.evaluate(() =>
        (window as unknown as { received: { sentinel?: string; type?: string }[] }).received.some((m) => m.sentinel === 'amp' && m.type === 'embed-size'),
      );
      expect(amp).toBe(true);

      const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      await expect.poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))).toBeLessThanOrEqual(2);
      expect((await iframe.boundingBox())?.height).toBeGreaterThan(400);
      const sideways = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways).toBeLessThanOrEqual(0);
    });
  }

  it('grows when an event opens and has no axe violations in the embed view', async () => {
    await s.page.setViewportSize({ width: 420, height: 900 });
    await openHost(380);
    const frame = await embeddedFrame();
    await frame
      .getByRole('group', { name: /^Events by date/ })
      .getByRole('button')
      .first()
      .click();
    await frame.getByRole('button', { name: 'Close event details' }).waitFor();
    const iframe = s.page.getByTitle('Story map');
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await expect.poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))).toBeLessThanOrEqual(2);

    await s.open('?embed=1&id=a11y');
    expect(await axeViolations(s.page)).toEqual([]);
  });

  it('only resizes iframes from messages they sent', async () => {
    await openHost(768);
    await embeddedFrame();
    const iframe = s.page.getByTitle('Story map');
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBeGreaterThan(400);
    const before = (await iframe.boundingBox())?.height;
    // The host page itself posts a message: it is not from the iframe, so nothing changes.
    await s.page.evaluate(() => postMessage({ 'datawrapper-height': { 'story-map': 5 } }, '*'));
    await s.page.waitForTimeout(300);
    expect((await iframe.boundingBox())?.height).toBe(before);
  });
});
