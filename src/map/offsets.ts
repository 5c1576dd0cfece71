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
  const groups = spotGroups(events);
  const offsets = new Map<string, PixelOffset>();
  for (const group of groups) {
    const n = group.length;
    // Chord between neighbours on the ring = markerSize + 4 px gap.
    const radius = n === 1 ? 0 : (markerSize + 4) / (2 * Math.sin(Math.PI / n));
    group.forEach((e, i) => {
      const angle = (2 * Math.PI * i) / n - Math.PI / 2;
      offsets.set(e.id, n === 1 ? [0, 0] : [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))]);
    });
  }
  return offsets;
}

/**
 * Groups events within SAME_SPOT of a group's first event, in one pass: each event
 * looks for a group in its own and the eight neighbouring grid cells, so two places
 * a metre apart on either side of a cell edge still meet.
 */
function spotGroups(events: readonly Located[]): Located[][] {
  const cells = new Map<string, Located[][]>();
  const groups: Located[][] = [];
  const cellOf = (v: number) => Math.floor(v / SAME_SPOT);
  for (const e of events) {
    const cx = cellOf(e.place.lon);
    const cy = cellOf(e.place.lat);
    let found: Located[] | undefined;
    for (let dx = -1; dx <= 1 && !found; dx++) {
      for (let dy = -1; dy <= 1 && !found; dy++) {
        found = cells
          .get(`${cx + dx}:${cy + dy}`)
          ?.find(([first]) => Math.abs(first.place.lon - e.place.lon) <= SAME_SPOT && Math.abs(first.place.lat - e.place.lat) <= SAME_SPOT);
      }
    }
    if (found) {
      found.push(e);
      continue;
    }
    const group = [e];
    groups.push(group);
    const key = `${cx}:${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), group]);
  }
  return groups;
}

const round = (v: number) => Math.round(v * 10) / 10;
