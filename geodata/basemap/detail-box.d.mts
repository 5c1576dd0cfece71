export const DETAIL_BOX: readonly [west: number, south: number, east: number, north: number];
