import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { axeViolations, startSession, type Session } from './browser';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as {
  events: { id: string; title: string; place: { lat: number; lon: number } }[];
};
const eventOf = (id: string) => story.events.find((e) => e.id === id) as (typeof story.events)[number];

let host: Server;
let hostUrl: string;
let s: Session | undefined;
const PARAGRAPH = `<p>${'An article goes on about the story, paragraph after paragraph. '.repeat(12)}</p>`;
beforeAll(async () => {
  // A news article on another origin, with text above and below the graphic.
  host = createServer((req, res) => {
    const width = Number(new URL(req.url ?? '/', 'http://host').searchParams.get('width') ?? 375);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Article</title><meta name="viewport" content="width=device-width"></head>
      <body style="margin:0"><main style="width:${width}px"><h1>An article</h1>${PARAGRAPH.repeat(3)}
      <iframe data-incident-atlas src="${inject('baseUrl')}?embed=1&id=phone" title="Story map" scrolling="no" style="width:0;min-width:100%;border:none" height="720"></iframe>
      ${PARAGRAPH.repeat(6)}</main><script async src="${inject('baseUrl')}embed.js"></script></body></html>`);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/article`;
});
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(async () => {
  await new Promise((done) => host?.close(done));
});

async function openArticle(session: Session, width: number): Promise<Frame> {
  await session.page.goto(`${hostUrl}?width=${width}`);
  await expect.poll(() => session.page.frames().some((f) => f.url().includes('embed=1'))).toBe(true);
  const frame = session.page.frames().find((f) => f.url().includes('embed=1')) as Frame;
  await showGraphic(session.page);
  await frame.getByRole('region', { name: 'Map of the events' }).and(frame.locator('[aria-busy="false"]')).waitFor({ timeout: 30_000 });
  return frame;
}

const hostScrollY = (page: Page) => page.evaluate(() => window.scrollY);
/** Scrolls the article to just above the graphic: Chromium does not draw a cross-origin frame out of view. */
const showGraphic = (page: Page) => page.evaluate(() => scrollTo(0, (document.querySelector('iframe') as HTMLElement).offsetTop - 40));

/** A one-finger swipe as raw touch events, so the browser decides what scrolls (touch-action, listeners). */
async function swipe(page: Page, x: number, y: number, dx: number, dy: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 12; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 12, y: y + (dy * i) / 12 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const centre = (box: { x: number; y: number; width: number; height: number } | null) => {
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Where the map draws a place, in page pixels, from the view the embed keeps in its URL (Web Mercator, 512 px tiles). */
function projected(frameUrl: string, mapBox: { x: number; y: number; width: number; height: number }, place: { lat: number; lon: number }) {
  const view = new URL(frameUrl).searchParams.get('map');
  if (!view) return null;
  const [zoom, lat, lon] = view.split('/').map(Number);
  const size = 512 * 2 ** zoom;
  const px = (lo: number) => ((lo + 180) / 360) * size;
  const py = (la: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / Math.PI) / 2) * size;
  return { x: mapBox.x + mapBox.width / 2 + px(place.lon) - px(lon), y: mapBox.y + mapBox.height / 2 + py(place.lat) - py(lat) };
}

describe('the embed on a phone, in an article', () => {
  for (const width of [320, 375, 768]) {
    it(`at ${width} px with touch: scrolls past, fits, shows the tapped event and leaves the host's history alone`, async () => {
      s = await startSession({ viewport: { width, height: 800 }, touch: true });
      const { page } = s;
      const frame = await openArticle(s, width);
      const iframe = page.getByTitle('Story map');
      const historyBefore = await page.evaluate(() => history.length);
      const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      await expect.poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))).toBeLessThanOrEqual(2);
      if (width <= 420) expect((await iframe.boundingBox())?.height).toBeLessThanOrEqual(720);
      expect((await frame.getByRole('region', { name: 'Map of the events' }).boundingBox())?.height).toBeGreaterThanOrEqual(300);

      // Bring the graphic into view, then swipe up over the map and over the timeline: the article scrolls.
      await showGraphic(page);
      const map = frame.getByRole('region', { name: 'Map of the events' });
      const marks = frame.getByRole('group', { name: /^Events by date/ });
      for (const target of [map, marks]) {
        await showGraphic(page);
        const before = await hostScrollY(page);
        const at = centre(await target.boundingBox());
        await swipe(page, at.x, at.y, 0, -150);
        await expect.poll(() => hostScrollY(page)).toBeGreaterThan(before + 50);
      }

      // A sideways drag on the timeline still moves the brush: the window's dates change.
      await showGraphic(page);
      const dates = frame.getByText(/^All dates,/);
      await expect(dates.count()).resolves.toBe(1);
      const box = await marks.boundingBox();
      if (!box) throw new Error('no timeline');
      await swipe(page, box.x + box.width * 0.3, box.y + box.height / 2, -box.width * 0.3, 0);
      await expect.poll(() => dates.count()).toBe(0);
      await frame.getByRole('button', { name: 'Show all dates' }).tap();
      await expect.poll(() => dates.count()).toBe(1);

      // Tap an event in the south of the view, where a sheet would cover it: it opens, and its symbol stays in sight.
      await showGraphic(page);
      const hostScroll = await hostScrollY(page);
      const event = eventOf('germany-arrest-thomas-r-bad-homburg');
      const mark = marks.getByRole('button', { name: new RegExp(`^${event.title},`) });
      const tapAt = centre(await mark.boundingBox());
      await page.touchscreen.tap(tapAt.x, tapAt.y);
      const close = frame.getByRole('button', { name: 'Close event details' });
      await close.waitFor();
      await expect(frame.getByRole('heading', { level: 2, name: event.title }).count()).resolves.toBe(1);
      const sheet = await frame.locator('.sheet').boundingBox();
      const mapBox = await map.boundingBox();
      if (!sheet || !mapBox) throw new Error('no sheet or map');
      // On a phone the sheet rises at most half the map; a wide embed opens it as a panel on the right.
      if (width <= 760) expect(sheet.height).toBeLessThanOrEqual(mapBox.height / 2 + 1);
      else expect(sheet.width).toBeLessThanOrEqual(mapBox.width * 0.45 + 1);
      const inSight = () => {
        const p = projected(frame.url(), mapBox, event.place);
        if (!p) return false;
        const inMap = p.x > mapBox.x && p.x < mapBox.x + mapBox.width && p.y > mapBox.y && p.y < mapBox.y + mapBox.height;
        const underSheet = p.x > sheet.x && p.x < sheet.x + sheet.width && p.y > sheet.y && p.y < sheet.y + sheet.height;
        return inMap && !underSheet;
      };
      await expect.poll(inSight).toBe(true);
      // The close button is in view even with the sheet's content scrolled.
      await frame.locator('.sheet-body').evaluate((el) => (el.scrollTop = el.scrollHeight));
      const closeAt = centre(await close.boundingBox());
      expect(closeAt.y).toBeGreaterThan(sheet.y);
      expect(closeAt.y).toBeLessThan(sheet.y + sheet.height);

      expect(await hostScrollY(page)).toBe(hostScroll);
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
      // Chromium notes when a listener tries to cancel a touchmove once the page has begun scrolling:
      // the scroll went ahead, which is what this test wants, so that notice is not an error here.
      expect(s.errors.filter((e) => !e.startsWith('Ignored attempt to cancel a touchmove'))).toEqual([]);
    });
  }

  it('has no axe violations on a phone with an event open', async () => {
    s = await startSession({ viewport: { width: 375, height: 812 }, touch: true });
    await s.open('?embed=1&id=axe&event=transavia-breach');
    await s.page.getByRole('button', { name: 'Close event details' }).waitFor();
    expect(await axeViolations(s.page)).toEqual([]);
  });
});

describe('the embed in a desktop column', () => {
  it('gives a mouse at 680 px the lane labels', async () => {
    s = await startSession({ viewport: { width: 760, height: 900 } });
    const frame = await openArticle(s, 680);
    const timeline = frame.getByRole('region', { name: 'Timeline' });
    for (const label of ['Intelligence report', 'Cyber intrusion', 'Arrest or charge'])
      await expect(timeline.getByText(label, { exact: true }).isVisible()).resolves.toBe(true);
  });
});
