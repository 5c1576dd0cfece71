/** Screen offsets, in CSS pixels, that fan out events sharing one place so each stays clickable. */
export type PixelOffset = readonly [dx: number, dy: number];

export interface Located {
  readonly id: string;
  readonly place: { readonly lon: number; readonly lat: number };
}

/** Places closer than this in both latitude and longitude (about 100 m) count as the same spot. */
const SAME_SPOT = 0.001;

/**
 * Events at the same spot are laid out on a ring around it, in the order given, starting
 * at the top; a lone event keeps its place. The ring grows with the group so markers of
 * `markerSize` pixels do not touch.
 */
export function ringOffsets(events: readonly Located[], markerSize = 18): Map<string, PixelOffset> {
  const offsets = new Map<string, PixelOffset>();
  for (const group of spotGroups(events)) group.forEach((e, i) => offsets.set(e.id, ringOffset(i, group.length, markerSize)));
  return offsets;
}

/** The radius of a ring of `n` markers of `markerSize` pixels: the chord between neighbours is markerSize + 4 px. */
export function ringRadius(n: number, markerSize = 18): number {
  return n <= 1 ? 0 : (markerSize + 4) / (2 * Math.sin(Math.PI / n));
}

/** The offset of the `i`th of `n` markers on their ring, clockwise from the top. */
export function ringOffset(i: number, n: number, markerSize = 18): PixelOffset {
  if (n <= 1) return [0, 0];
  const radius = ringRadius(n, markerSize);
  const angle = (2 * Math.PI * i) / n - Math.PI / 2;
  return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))];
}

/**
 * Groups events within SAME_SPOT of a group's first event, in one pass: each event
 * looks for a group in its own and the eight neighbouring grid cells, so two places
 * a metre apart on either side of a cell edge still meet.
 */
export function spotGroups<T extends Located>(events: readonly T[]): T[][] {
  const cells = new Map<number, T[][]>();
  const groups: T[][] = [];
  const cellOf = (v: number) => Math.floor(v / SAME_SPOT);
  // A numeric key per cell (string keys were the bulk of the cost at 100,000 events).
  const key = (cx: number, cy: number) => (cx + 200_000) * 400_000 + (cy + 100_000);
  for (const e of events) {
    const cx = cellOf(e.place.lon);
    const cy = cellOf(e.place.lat);
    let found: T[] | undefined;
    for (let dx = -1; dx <= 1 && !found; dx++) {
      for (let dy = -1; dy <= 1 && !found; dy++) {
        found = cells
          .get(key(cx + dx, cy + dy))
          ?.find(([first]) => Math.abs(first.place.lon - e.place.lon) <= SAME_SPOT && Math.abs(first.place.lat - e.place.lat) <= SAME_SPOT);
      }
    }
    if (found) {
      found.push(e);
      continue;
    }
    const group = [e];
    groups.push(group);
    const inCell = cells.get(key(cx, cy));
    if (inCell) inCell.push(group);
    else cells.set(key(cx, cy), [group]);
  }
  return groups;
}

const round = (v: number) => Math.round(v * 10) / 10;
