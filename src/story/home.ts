import { extent } from 'd3-array';
import type { PlacedEvent } from './model';

/** South-west and north-east corners, in degrees. */
export type LonLatBox = [[west: number, south: number], [east: number, north: number]];

/** The whole inhabited world, for a story with nothing on the map. */
export const WORLD_BOX: LonLatBox = [
  [-170, -58],
  [180, 78],
];

/** Degrees added around the events, so that none sits on the edge of the map. */
const MARGIN = 1;

/** The box that holds every placed event: where a story without a home view opens. */
export function placedBox(events: readonly PlacedEvent[]): LonLatBox {
  const [west, east] = extent(events, (e) => e.place.lon);
  const [south, north] = extent(events, (e) => e.place.lat);
  if (west === undefined || east === undefined || south === undefined || north === undefined) return WORLD_BOX;
  // Web Mercator ends at about ±85°.
  const lat = (value: number) => Math.max(-85, Math.min(85, value));
  return [
    [Math.max(-180, west - MARGIN), lat(south - MARGIN)],
    [Math.min(180, east + MARGIN), lat(north + MARGIN)],
  ];
}
