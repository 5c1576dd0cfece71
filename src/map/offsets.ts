/** Screen offsets, in CSS pixels, that fan out events sharing one place so each stays clickable. */
export type PixelOffset = readonly [dx: number, dy: number];

export interface Located {
  readonly id: string;
  readonly place: { readonly lon: number; readonly lat: number };
}

/** Places closer than this (in degrees, about 100 m) count as the same spot. */
const SAME_SPOT = 0.001;

/**
 * Events at the same spot are laid out on a ring around it, in the order given, starting
 * at the top; a lone event keeps its place. The ring grows with the group so markers of
 * `markerSize` pixels do not touch.
 */
export function ringOffsets(events: readonly Located[], markerSize = 18): Map<string, PixelOffset> {
  const groups = new Map<string, Located[]>();
  for (const e of events) {
    const key = `${Math.round(e.place.lon / SAME_SPOT)}:${Math.round(e.place.lat / SAME_SPOT)}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const offsets = new Map<string, PixelOffset>();
  for (const group of groups.values()) {
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

const round = (v: number) => Math.round(v * 10) / 10;
