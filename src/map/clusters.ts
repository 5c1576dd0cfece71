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

/**
 * Greedy placement at one whole zoom. Spots are taken in order (national first, then the
 * busiest), each as a cluster-sized footprint; a spot that would touch a placed one joins the
 * nearest, which becomes a cluster where it is. Then each spot left with several events spreads
 * them on a ring where the ring has room, and stays one cluster where it has not. A placed
 * symbol never moves, and the checks use the widest it may become, so no two symbols overlap
 * at this zoom, or closer in.
 */
function placeAtZoom(spots: readonly Spot[], zoom: number): ClusterSymbol[] {
  const cell = 2 * MAX_REACH;
  const grid = new Map<string, Seed[]>();
  const seeds: Seed[] = [];
  /** The nearest placed symbol, other than `self`, that a footprint of `reach` at x, y would touch. */
  const inTheWay = (x: number, y: number, reach: number, self?: Seed) => {
    let nearest: Seed | null = null;
    let best = Infinity;
    const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const s of grid.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const d = Math.hypot(s.x - x, s.y - y);
          if (s !== self && d < s.reach + reach && d < best) [nearest, best] = [s, d];
        }
    return nearest;
  };
  for (const spot of spots) {
    const [x, y] = worldPixel(spot.lon, spot.lat, zoom);
    const target = inTheWay(x, y, CLUSTER_RADIUS);
    if (target) {
      target.ids ??= [...target.spot.ids];
      target.ids.push(...spot.ids);
      continue;
    }
    const seed: Seed = { spot, x, y, reach: CLUSTER_RADIUS, ids: null };
    seeds.push(seed);
    const key = `${Math.floor(x / cell)}:${Math.floor(y / cell)}`;
    grid.set(key, [...(grid.get(key) ?? []), seed]);
  }
  return seeds.map((seed) => {
    const { spot, ids } = seed;
    const n = spot.ids.length;
    const ring = ids === null && n <= MAX_RING && !inTheWay(seed.x, seed.y, footprint(n), seed);
    if (ring) seed.reach = footprint(n);
    return { kind: ring ? 'spot' : 'cluster', ids: ids ?? spot.ids, lon: spot.lon, lat: spot.lat, national: spot.national };
  });
}

/** The points' spots, in placement order: national first, then the busiest, then as given. */
function orderedSpots(points: readonly ClusterPoint[]): Spot[] {
  const national = spotGroups(points.filter((p) => p.national));
  const local = spotGroups(points.filter((p) => !p.national));
  const spot = (group: ClusterPoint[], isNational: boolean): Spot => ({
    ids: group.map((p) => p.id),
    lon: group[0].place.lon,
    lat: group[0].place.lat,
    national: isNational,
  });
  const bySize = (a: Spot, b: Spot) => b.ids.length - a.ids.length;
  // Array.prototype.sort is stable, so equal spots keep the order given.
  return [...national.map((g) => spot(g, true)).sort(bySize), ...local.map((g) => spot(g, false)).sort(bySize)];
}

/** The symbols at one whole zoom. */
export function clusterAtZoom(points: readonly ClusterPoint[], zoom: number): ClusterSymbol[] {
  return placeAtZoom(orderedSpots(points), zoom);
}

const keyOf = (s: ClusterSymbol) => `${s.kind}|${s.lon},${s.lat}|${s.ids.join(',')}`;

/**
 * The symbols at every whole zoom from ZOOMS.min to ZOOMS.max, a symbol that stays the same
 * over several zooms given once with its range. Those still drawn at ZOOMS.max have zmax OPEN_ZOOM.
 */
export function clusterLevels(points: readonly ClusterPoint[], zooms: { min: number; max: number } = ZOOMS): ZoomedSymbol[] {
  const spots = orderedSpots(points);
  const done: ZoomedSymbol[] = [];
  let open = new Map<string, ZoomedSymbol>();
  for (let z = zooms.min; z <= zooms.max; z++) {
    const next = new Map<string, ZoomedSymbol>();
    for (const symbol of placeAtZoom(spots, z)) {
      const key = keyOf(symbol);
      next.set(key, open.get(key) ?? { ...symbol, zmin: z, zmax: OPEN_ZOOM });
    }
    for (const [key, symbol] of open) if (!next.has(key)) done.push({ ...symbol, zmax: z });
    open = next;
  }
  return [...done, ...open.values()];
}
