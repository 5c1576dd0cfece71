import type { ScaleTime } from 'd3-scale';
import type { StoryEvent } from '../story/model';

/** Above this many events the timeline draws counts per time bin instead of one mark per event. */
export const DENSITY_THRESHOLD = 2000;

export interface DensityBins {
  /** Bin width in pixels; bin i covers [i·width, (i+1)·width). */
  readonly binWidth: number;
  /** counts[lane][bin]: events whose span touches the bin, per lane. */
  readonly counts: readonly Float64Array[];
  readonly max: number;
}

/**
 * Counts events per lane and pixel bin. An event spread over several bins adds
 * 1/bins to each, so a vague "2023" weighs as much in total as a precise day.
 */
export function densityBins(
  events: readonly StoryEvent[],
  x: ScaleTime<number, number>,
  width: number,
  lanes: readonly string[],
  laneKey: (e: StoryEvent) => string,
  binWidth = 4,
): DensityBins {
  const n = Math.max(1, Math.ceil(width / binWidth));
  const laneOf = new Map(lanes.map((id, i) => [id, i]));
  const counts = lanes.map(() => new Float64Array(n));
  for (const e of events) {
    const lane = laneOf.get(laneKey(e));
    if (lane === undefined) continue;
    const first = Math.floor(x(e.time.min) / binWidth);
    const last = Math.floor(x(e.time.max) / binWidth);
    if (last < 0 || first >= n) continue;
    const share = 1 / (last - first + 1);
    for (let b = Math.max(0, first); b <= Math.min(n - 1, last); b++) counts[lane][b] += share;
  }
  let max = 0;
  for (const lane of counts) for (const c of lane) max = Math.max(max, c);
  return { binWidth, counts, max };
}
