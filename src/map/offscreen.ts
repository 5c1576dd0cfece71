import { max, min } from 'd3-array';

/** The map's visible box in degrees; west > east when it spans the antimeridian. */
export interface Bounds {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export type Direction = 'north' | 'north-east' | 'east' | 'south-east' | 'south' | 'south-west' | 'west' | 'north-west';

const DIRECTIONS: Direction[] = ['east', 'north-east', 'north', 'north-west', 'west', 'south-west', 'south', 'south-east'];

export interface OffscreenGroup {
  readonly direction: Direction;
  readonly ids: readonly string[];
  /** Longitude/latitude box holding the view and these events: fitting it brings them in. */
  readonly bounds: [[number, number], [number, number]];
}

interface Point {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

/** Web-Mercator y, so directions match what the reader sees. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) * (180 / Math.PI);

/** Longitude difference folded into -180..180, so Taiwan is east of Europe, not far west. */
const lonDelta = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * Bounds as a map reports them (the east edge may run past 180°) in this module's
 * form: both edges within ±180°, west > east when the view spans the antimeridian.
 */
export function normalizeBounds(b: Bounds): Bounds {
  if (b.east - b.west >= 360) return { ...b, west: -180, east: 180 };
  return { ...b, west: wrap(b.west), east: wrap(b.east) };
}

export function inBounds(p: { lon: number; lat: number }, bounds: Bounds): boolean {
  return inNormalized(p, normalizeBounds(bounds));
}

function inNormalized(p: { lon: number; lat: number }, b: Bounds): boolean {
  const lonOk = b.east - b.west >= 360 || (b.west <= b.east ? p.lon >= b.west && p.lon <= b.east : p.lon >= b.west || p.lon <= b.east);
  return lonOk && p.lat >= b.south && p.lat <= b.north;
}

/** The view's width in degrees of longitude, going east from its west edge. */
const widthOf = (b: Bounds) => (b.east - b.west >= 360 ? 360 : (((b.east - b.west) % 360) + 360) % 360);

/** Groups the points outside the view by the compass direction in which they lie. Linear in the points. */
export function offscreenGroups(points: readonly Point[], bounds: Bounds): OffscreenGroup[] {
  const view = normalizeBounds(bounds);
  const half = widthOf(view) / 2;
  const centerLon = wrap(view.west + half);
  const centerY = (mercatorY(view.south) + mercatorY(view.north)) / 2;
  const groups = new Map<Direction, Point[]>();
  for (const p of points) {
    if (inNormalized(p, view)) continue;
    const angle = Math.atan2(mercatorY(p.lat) - centerY, lonDelta(p.lon, centerLon));
    const sector = Math.round(angle / (Math.PI / 4));
    const direction = DIRECTIONS[(sector + 8) % 8];
    const members = groups.get(direction);
    if (members) members.push(p);
    else groups.set(direction, [p]);
  }
  return DIRECTIONS.filter((d) => groups.has(d)).map((direction) => {
    const members = groups.get(direction) as Point[];
    const unwrapped = (p: Point) => centerLon + lonDelta(p.lon, centerLon);
    // d3-array, not Math.min(...list): a spread of 125,000 arguments overflows the stack.
    return {
      direction,
      ids: members.map((p) => p.id),
      bounds: [
        [Math.min(centerLon - half, min(members, unwrapped) as number), Math.min(view.south, min(members, (p) => p.lat) as number)],
        [Math.max(centerLon + half, max(members, unwrapped) as number), Math.max(view.north, max(members, (p) => p.lat) as number)],
      ],
    };
  });
}
