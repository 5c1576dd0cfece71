import type { Browser } from 'playwright-core';
import { max } from 'd3-array';
import { openPage, type BenchPage } from './browser';
import type { BenchServer } from './server';

/** One request as the page saw it, in ms since navigation start. */
export interface Request {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly rawBytes: number;
  readonly sentBytes: number;
}

/** One page load, in ms since navigation start. */
export interface Load {
  /** The first frame in which the timeline shows marks (null for the bare page). */
  readonly eventsVisible: number | null;
  /** The first map repaint. */
  readonly mapFirstPaint: number | null;
  /** The end of the last repaint before the map fell quiet (see BenchPage.settle), all sources loaded. */
  readonly mapIdle: number;
  /** The bare page's own maplibre 'idle' event, to check the measure above against. */
  readonly bareIdleEvent: number | null;
  /** Main-thread JavaScript until the map was idle. */
  readonly script: number;
  readonly longTasks: number;
  readonly longestTask: number;
  readonly heapUsed: number;
  /** Every response started before the map was idle. */
  readonly requests: readonly Request[];
  /** The map's canvas, for the bare page to match. */
  readonly mapBox: { width: number; height: number } | null;
}

/** How long the map must stay quiet to count as idle. */
const IDLE_QUIET_MS = 1000;

/** The app's map region says it is busy until maplibre has loaded its style. */
const APP_READY = '[aria-label="Map of the events"][aria-busy="false"]';

/** Opens `url` in `bp` and waits until the map is idle; `ready` must match once the map exists. */
export async function measureLoad(bp: BenchPage, server: BenchServer, url: string, ready = APP_READY): Promise<Load> {
  server.clear();
  await bp.page.goto(url);
  await bp.page.locator(ready).first().waitFor({ state: 'attached', timeout: 120_000 });
  await bp.settle(IDLE_QUIET_MS, 120_000);
  const [probe, counters, origin, bareIdle, box] = await Promise.all([
    bp.probe(),
    bp.counters(),
    bp.page.evaluate(() => performance.timeOrigin),
    bp.page.evaluate(() => (window as unknown as { __bareIdle?: number }).__bareIdle ?? null),
    bp.page.locator('canvas.maplibregl-canvas').boundingBox(),
  ]);
  const mapIdle = max(probe.repaints, (r) => r[2]) ?? NaN;
  const requests = server.log
    .map((r) => ({ path: r.path, start: r.start - origin, end: r.end - origin, rawBytes: r.rawBytes, sentBytes: r.sentBytes }))
    .filter((r) => r.start <= mapIdle)
    .sort((a, b) => a.start - b.start);
  return {
    eventsVisible: probe.firstEvents,
    mapFirstPaint: probe.repaints[0]?.[1] ?? null,
    mapIdle,
    bareIdleEvent: bareIdle,
    script: counters.script,
    longTasks: probe.longTasks.length,
    longestTask: max(probe.longTasks, (t) => t[1]) ?? 0,
    heapUsed: counters.heapUsed,
    requests,
    mapBox: box && { width: Math.round(box.width), height: Math.round(box.height) },
  };
}

/** Loads the app at `url` in a fresh context and waits until its map is idle. */
export async function loadApp(browser: Browser, server: BenchServer, url: string): Promise<Load> {
  const bp = await openPage(browser);
  try {
    return await measureLoad(bp, server, url);
  } finally {
    await bp.close();
  }
}

/** Loads the bare maplibre page at the app map's size. */
export async function loadBare(browser: Browser, server: BenchServer, url: string): Promise<Load> {
  const bp = await openPage(browser);
  try {
    return await measureLoad(bp, server, url, 'canvas.maplibregl-canvas');
  } finally {
    await bp.close();
  }
}
