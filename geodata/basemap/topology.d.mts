import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
export const DETAIL_ZOOM: number;
export const WORLD_ZOOM: number;
export function toPixels(lonLat: readonly [number, number], zoom?: number): [number, number];
export function buildTopology(
  objects: Record<string, FeatureCollection>,
  detailBox: readonly [number, number, number, number],
  zooms?: { detail: number; world: number },
): Topology;
