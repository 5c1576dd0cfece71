import type { PlacePrecision } from '../story/schema';

/** The zoom the map flies to for an event, by how precisely its place is known; the basemap labels every event's place there. */
export const EVENT_ZOOM: Record<PlacePrecision, number> = { country: 4, region: 5, city: 6, address: 7 };
