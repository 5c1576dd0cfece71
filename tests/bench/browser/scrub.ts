import type { Page } from 'playwright-core';
import { max, rollup } from 'd3-array';
import { delta, type BenchPage } from './browser';
import type { ProbeSnapshot } from './probe';

/** One brush step: press on the window, one pointer move, release; then wait until the page is quiet. */
export interface Drag {
  /** Renderer main thread, ms: JavaScript for the whole step and everything it set off. */
  readonly script: number;
  /** Renderer main thread, ms: the rest of its tasks (style, layout, paint, GC). */
  readonly otherMain: number;
  /** GPU process CPU, ms: SwiftShader rasterising the WebGL frames. */
  readonly raster: number;
  /** rAF callbacks that issued WebGL draw calls. */
  readonly repaints: number;
  /** Main-thread time of those callbacks together, ms. */
  readonly repaintTime: number;
  /** The most repaints in one animation frame. */
  readonly repaintsPerFrame: number;
  /** From the release, ms: when the timeline marks, the list and the map last changed. */
  readonly timeline: number;
  readonly list: number;
  readonly map: number;
  readonly longTasks: number;
  readonly longestTask: number;
}

export const DRAGS = 50;
/** The fewest drags a figure is taken over, whatever the time budget. */
export const MIN_DRAGS = 5;
/** Quiet time that ends a step: a repaint or a deferred list update comes well within it. */
const QUIET_MS = 250;

/** How long after `t` the last entry came; 0 if it came before; NaN if there is none (the part never changed). */
const lastAfter = (times: readonly number[], t: number) => {
  const last = times.at(-1);
  return last === undefined ? NaN : Math.max(0, last - t);
};

/** Clears what the probe has recorded so far, so each step reads only its own entries. */
export const resetProbe = (page: Page) =>
  page.evaluate(() => {
    const p = window.__probe;
    for (const list of [p.frames, p.repaints, p.longTasks, p.changed.timeline, p.changed.list]) list.length = 0;
  });

/** The most repaints drawn within one animation frame (all callbacks of a frame get the same timestamp). */
export const maxRepaintsPerFrame = (probe: ProbeSnapshot) =>
  max(
    rollup(
      probe.repaints,
      (r) => r.length,
      (r) => r[0],
    ).values(),
  ) ?? 0;

/** A point inside the brush's window that is not covered by a timeline mark, for the pointer to grab. */
async function grabPoint(page: Page): Promise<{ x: number; y: number; axisWidth: number }> {
  const point = await page.evaluate(() => {
    const selection = document.querySelector('[aria-label="Timeline"] .brush .selection');
    const overlay = document.querySelector('[aria-label="Timeline"] .brush .overlay');
    if (!selection || !overlay) return null;
    const box = selection.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (let fx = 0.5; fx > 0.1; fx -= 0.05) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (document.elementFromPoint(x, y) === selection) return { x, y, axisWidth: overlay.getBoundingClientRect().width };
      }
    }
    return null;
  });
  if (!point) throw new Error('no free spot on the brush window to grab');
  return point;
}

/**
 * Up to `drags` drags, each moving the window right by 1/65 of the axis. Where one drag takes
 * seconds (100,000 events drawn in software), it stops once `budgetMs` is spent, after at least
 * MIN_DRAGS, so the whole bench stays within its time.
 */
export async function scrub(bp: BenchPage, drags = DRAGS, budgetMs = Infinity): Promise<Drag[]> {
  const began = performance.now();
  const { page } = bp;
  const results: Drag[] = [];
  const start = await grabPoint(page);
  const step = start.axisWidth / 65;
  for (let i = 0; i < drags; i++) {
    if (i >= MIN_DRAGS && performance.now() - began > budgetMs) break;
    const { x, y } = await grabPoint(page);
    await page.mouse.move(x, y);
    await bp.settle(QUIET_MS, 120_000);
    await resetProbe(page);
    const before = await bp.counters();
    await page.mouse.down();
    await page.mouse.move(x + step, y);
    await page.mouse.up();
    const released = await page.evaluate(() => window.__probe.lastInput);
    await bp.settle(QUIET_MS, 120_000);
    const [after, probe] = await Promise.all([bp.counters(), bp.probe()]);
    const d = delta(after, before);
    results.push({
      script: d.script,
      otherMain: d.task - d.script,
      raster: d.gpuCpu,
      repaints: probe.repaints.length,
      repaintTime: probe.repaints.reduce((sum, r) => sum + r[2] - r[1], 0),
      repaintsPerFrame: maxRepaintsPerFrame(probe),
      timeline: lastAfter(probe.changed.timeline, released),
      list: lastAfter(probe.changed.list, released),
      map: lastAfter(
        probe.repaints.map((r) => r[2]),
        released,
      ),
      longTasks: probe.longTasks.length,
      longestTask: max(probe.longTasks, (t) => t[1]) ?? 0,
    });
  }
  return results;
}
