import { max } from 'd3-array';
import { delta, type BenchPage } from './browser';
import { maxRepaintsPerFrame, resetProbe } from './scrub';

/** Ten seconds of the timeline's Play, from the start of the story. */
export interface Playback {
  /** Time between consecutive animation frames, ms, one entry per frame. */
  readonly frameTimes: number[];
  readonly repaints: number;
  readonly repaintsPerFrame: number;
  /** Per second of playback, ms. */
  readonly scriptPerSecond: number;
  readonly rasterPerSecond: number;
  readonly longTasks: number;
  readonly longestTask: number;
}

export const PLAY_MS = 10_000;
/** A busy page takes its time to answer a key. */
const PRESS_TIMEOUT = 120_000;

export async function play(bp: BenchPage): Promise<Playback> {
  const { page } = bp;
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const showAll = timeline.getByRole('button', { name: 'Show all dates' });
  // By keyboard: at some sizes the timeline outgrows the page and the map covers its buttons.
  if (await showAll.isEnabled()) await showAll.press('Enter', { timeout: PRESS_TIMEOUT });
  await bp.settle(250, 120_000);
  await resetProbe(page);
  const before = await bp.counters();
  await timeline.getByRole('button', { name: 'Play' }).press('Enter', { timeout: PRESS_TIMEOUT });
  await page.waitForTimeout(PLAY_MS);
  const [after, probe] = await Promise.all([bp.counters(), bp.probe()]);
  await timeline.getByRole('button', { name: 'Pause' }).press('Enter', { timeout: PRESS_TIMEOUT });
  const d = delta(after, before);
  const seconds = PLAY_MS / 1000;
  return {
    frameTimes: probe.frames.slice(1).map((t, i) => t - probe.frames[i]),
    repaints: probe.repaints.length,
    repaintsPerFrame: maxRepaintsPerFrame(probe),
    scriptPerSecond: d.script / seconds,
    rasterPerSecond: d.gpuCpu / seconds,
    longTasks: probe.longTasks.length,
    longestTask: max(probe.longTasks, (t) => t[1]) ?? 0,
  };
}
