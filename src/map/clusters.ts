import { ringOffset, ringRadius, spotGroups, type PixelOffset } from './offsets';

/** Drawn radius of one event symbol, its outline included, in CSS pixels (icons.ts draws 8 px + outline). */
export const EVENT_RADIUS = 10;
/** Drawn radius of a cluster symbol. */
export const CLUSTER_RADIUS = 13;
/** A spot with more events than this shows as one cluster rather than a ring. */
export const MAX_RING = 6;
/** The map's zoom range; clusters are worked out for every whole zoom in it. */
export const ZOOMS = { min: 0, max: 11 } as const;

const TILE = 512;
/** zmax of a symbol that stays drawn however far in the reader zooms: maplibre's own limit. */
export const OPEN_ZOOM = 24;

export interface ClusterPoint {
  readonly id: string;
  readonly place: { readonly lon: number; readonly lat: number };
  /** Known only to the country: placed before the others, so the country's symbol keeps its place. */
  readonly national: boolean;
}

/** One spot's events drawn each on its own (on a ring if there are several), or a cluster with a count. */
export interface ClusterSymbol {
  readonly kind: 'spot' | 'cluster';
  readonly ids: readonly string[];
  readonly lon: number;
  readonly lat: number;
  /** It stands on a spot of national events, at the country's label point: the country is named beside it. */
  readonly national: boolean;
}

/** A symbol and the whole zooms [zmin, zmax) at which it is drawn; zmax OPEN_ZOOM for no limit. */
export interface ZoomedSymbol extends ClusterSymbol {
  readonly zmin: number;
  readonly zmax: number;
}

/** Web Mercator pixel position at `zoom`, with maplibre's 512 px tiles. */
export function worldPixel(lon: number, lat: number, zoom: number): [x: number, y: number] {
  const size = TILE * 2 ** zoom;
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * size, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size];
}

/** Offsets of the ring slots: slot 0 is no offset, then the i-th of n for n = 2 … MAX_RING. */
export const RING_TABLE: readonly PixelOffset[] = [
  [0, 0],
  ...Array.from({ length: MAX_RING - 1 }, (_, k) => Array.from({ length: k + 2 }, (_, i) => ringOffset(i, k + 2))).flat(),
];

/** The slot of the i-th of n events on a ring (see RING_TABLE). */
export function ringSlot(i: number, n: number): number {
  if (n <= 1) return 0;
  return ((n - 1) * n) / 2 + i;
}

/** How far from its spot a symbol may reach: its ring plus an event symbol, or a cluster. */
export function footprint(n: number): number {
  return n > MAX_RING ? CLUSTER_RADIUS : Math.max(CLUSTER_RADIUS, ringRadius(n) + EVENT_RADIUS);
}

interface Spot {
  readonly ids: string[];
  readonly lon: number;
  readonly lat: number;
  readonly national: boolean;
  /** All its events are at this one place, so a ring can show them. */
  readonly colocated: boolean;
  /** What it was drawn as one zoom deeper in, to extend rather than repeat. */
  readonly drawn: Drawn | null;
}

interface Drawn extends ClusterSymbol {
  zmin: number;
  zmax: number;
}

interface Seed {
  readonly spot: Spot;
  readonly x: number;
  readonly y: number;
  /** How far its symbol reaches: a cluster's radius, or its ring's once spread. */
  reach: number;
  ids: string[] | null;
}

const MAX_REACH = footprint(MAX_RING);
/** More cells than a row of the world has at the deepest zoom ZOOMS.max. */
const CELL_ROW = 2 ** 24;

/**
 * Greedy placement at one whole zoom. Spots are taken in order (national first, then the
 * busiest), each as a cluster-sized footprint; a spot that would touch a placed one joins the
 * nearest, which becomes a cluster where it is. Then each spot left with several events at
 * one place spreads them on a ring where the ring has room, and stays one cluster where it has
 * not. A placed symbol never moves, and the checks use the widest it may become, so no two
 * symbols overlap at this zoom, or closer in. Returns what is placed, as the spots of the next
 * zoom out: clusters only ever merge as the reader zooms out.
 */
function placeAtZoom(spots: readonly Spot[], zoom: number, drawn: Drawn[]): Spot[] {
  const cell = 2 * MAX_REACH;
  // Numeric cell keys: string keys made this several times slower at 100,000 events.
  const cellKey = (cx: number, cy: number) => cx * CELL_ROW + cy;
  const grid = new Map<number, Seed[]>();
  const seeds: Seed[] = [];
  /** The nearest placed symbol, other than `self`, that a footprint of `reach` at x, y would touch. */
  const inTheWay = (x: number, y: number, reach: number, self?: Seed) => {
    let nearest: Seed | null = null;
    let best = Infinity;
    const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const s of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
          const d = Math.sqrt((s.x - x) ** 2 + (s.y - y) ** 2);
          if (s !== self && d < s.reach + reach && d < best) [nearest, best] = [s, d];
        }
    return nearest;
  };
  for (const spot of spots) {
    const [x, y] = worldPixel(spot.lon, spot.lat, zoom);
    const target = inTheWay(x, y, CLUSTER_RADIUS);
    if (target) {
      target.ids ??= [...target.spot.ids];
      // One by one: a spread of a large cluster's ids would overflow the call stack.
      for (const id of spot.ids) target.ids.push(id);
      continue;
    }
    const seed: Seed = { spot, x, y, reach: CLUSTER_RADIUS, ids: null };
    seeds.push(seed);
    const key = cellKey(Math.floor(x / cell), Math.floor(y / cell));
    const inCell = grid.get(key);
    if (inCell) inCell.push(seed);
    else grid.set(key, [seed]);
  }
  const next = seeds.map((seed): Spot => {
    const { spot, ids } = seed;
    const n = spot.ids.length;
    const ring = ids === null && spot.colocated && n <= MAX_RING && !inTheWay(seed.x, seed.y, footprint(n), seed);
    if (ring) seed.reach = footprint(n);
    const kind = ring ? 'spot' : 'cluster';
    let symbol = spot.drawn;
    if (ids === null && symbol?.kind === kind) symbol.zmin = zoom;
    else {
      symbol = { kind, ids: ids ?? spot.ids, lon: spot.lon, lat: spot.lat, national: spot.national, zmin: zoom, zmax: zoom + 1 };
      drawn.push(symbol);
    }
    return { ...spot, ids: symbol.ids as string[], colocated: spot.colocated && ids === null, drawn: symbol };
  });
  return sortSpots(next);
}

const bySize = (a: Spot, b: Spot) => b.ids.length - a.ids.length;

/** National first, then the busiest; Array.prototype.sort is stable, so equal spots keep their order. */
const sortSpots = (spots: Spot[]) => [...spots.filter((s) => s.national).sort(bySize), ...spots.filter((s) => !s.national).sort(bySize)];

/** The points' spots, in placement order. */
function orderedSpots(points: readonly ClusterPoint[]): Spot[] {
  const spot = (group: ClusterPoint[], national: boolean): Spot => ({
    ids: group.map((p) => p.id),
    lon: group[0].place.lon,
    lat: group[0].place.lat,
    national,
    colocated: true,
    drawn: null,
  });
  return sortSpots([
    ...spotGroups(points.filter((p) => p.national)).map((g) => spot(g, true)),
    ...spotGroups(points.filter((p) => !p.national)).map((g) => spot(g, false)),
  ]);
}

/**
 * The symbols at every whole zoom from ZOOMS.min to ZOOMS.max, worked out from the deepest zoom
 * out, a symbol that stays the same over several zooms given once with its range. Those drawn
 * at ZOOMS.max have zmax OPEN_ZOOM.
 */
export function clusterLevels(points: readonly ClusterPoint[], zooms: { min: number; max: number } = ZOOMS): ZoomedSymbol[] {
  const drawn: Drawn[] = [];
  let spots = orderedSpots(points);
  for (let z = zooms.max; z >= zooms.min; z--) spots = placeAtZoom(spots, z, drawn);
  return drawn.map((d) => ({ ...d, zmax: d.zmax === zooms.max + 1 ? OPEN_ZOOM : d.zmax }));
}

/** The symbols at one whole zoom. */
export function clusterAtZoom(points: readonly ClusterPoint[], zoom: number): ClusterSymbol[] {
  return clusterLevels(points, { min: zoom, max: ZOOMS.max })
    .filter((s) => s.zmin <= zoom && zoom < s.zmax)
    .map(({ zmin, zmax, ...symbol }) => symbol);
}
