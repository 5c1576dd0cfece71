import type { ScaleTime } from 'd3-scale';
import type { StoryEvent } from '../story/model';

/** One event's mark, in pixels along the axis and rows down the timeline. */
export interface MarkLayout {
  readonly id: string;
  readonly category: string;
  readonly lane: number;
  /** Row inside the lane, for marks that would otherwise overlap. */
  readonly row: number;
  /** Where the event may have begun and ended (x0 … x1), and the part known for certain (solid0 … solid1). */
  readonly x0: number;
  readonly x1: number;
  readonly solid0: number;
  readonly solid1: number;
  /** A single day: drawn as a symbol, not a bar. */
  readonly isPoint: boolean;
}

export interface TimelineLayout {
  readonly marks: readonly MarkLayout[];
  /** Rows in each lane, in lane order; a lane has at least one row. */
  readonly laneRows: readonly number[];
}

/** Marks closer than this (pixels) go on separate rows, unless the caller needs more room (wide touch targets). */
const GAP = 4;
/** Day-precise events are drawn this wide, so they can be seen and clicked. */
export const POINT_WIDTH = 12;

/** Every event in one lane: fewer rows, for touch screens where each row is a finger high. */
export const SINGLE_LANE = ['all'];
const inSingleLane = () => 'all';

/**
 * Lanes (by category, unless `laneKey` says otherwise), then greedy packing within a
 * lane: each mark takes the first row whose last mark ends before it begins.
 */
export function layoutMarks(
  events: readonly StoryEvent[],
  x: ScaleTime<number, number>,
  lanes: readonly string[],
  laneKey: (e: StoryEvent) => string = lanes === SINGLE_LANE ? inSingleLane : (e) => e.category,
  gap = GAP,
): TimelineLayout {
  const laneOf = new Map(lanes.map((id, i) => [id, i]));
  const rowEnds: number[][] = lanes.map(() => []);
  const marks: MarkLayout[] = [];
  const ordered = [...events].sort((a, b) => a.time.min - b.time.min || a.id.localeCompare(b.id));
  for (const e of ordered) {
    const lane = laneOf.get(laneKey(e));
    if (lane === undefined) continue;
    const { start, end } = e.time;
    const isPoint = start.precision === 'day' && end.precision === 'day' && start.min === end.min;
    let x0 = x(e.time.min);
    let x1 = x(e.time.max);
    if (x1 - x0 < POINT_WIDTH) {
      const mid = (x0 + x1) / 2;
      x0 = mid - POINT_WIDTH / 2;
      x1 = mid + POINT_WIDTH / 2;
    }
    // The certain part runs from the latest possible start to the earliest possible end;
    // a single vague date ("2023", "March 2024") has none.
    const solid0 = e.time.isInterval ? x(start.max) : x0;
    const solid1 = e.time.isInterval ? Math.max(solid0, x(end.min)) : x0;
    const ends = rowEnds[lane];
    let row = ends.findIndex((endX) => endX + gap <= x0);
    if (row === -1) row = ends.push(x1) - 1;
    else ends[row] = x1;
    const certain = isPoint || (start.precision === 'day' && end.precision === 'day');
    marks.push({ id: e.id, category: e.category, lane, row, x0, x1, solid0: certain ? x0 : solid0, solid1: certain ? x1 : solid1, isPoint });
  }
  return { marks, laneRows: rowEnds.map((r) => Math.max(1, r.length)) };
}

/** The top of each lane, in rows, and the total number of rows. */
export function laneOffsets(laneRows: readonly number[]): { offsets: number[]; total: number } {
  const offsets: number[] = [];
  let total = 0;
  for (const rows of laneRows) {
    offsets.push(total);
    total += rows;
  }
  return { offsets, total };
}
