import type { Feature, FeatureCollection } from 'geojson';
type Box = readonly [number, number, number, number];
export const LAKE_MIN_ZOOM: { world: number; detail: number };
export const MAIN_RIVERS: string[];
export const MAIN_RIVER_ZOOM: number;
export function minZoomOf(properties: { min_zoom: number }): number;
export function selectLakes(lakes: FeatureCollection, box: Box): Feature[];
export function selectRivers(rivers: FeatureCollection, box: Box): Feature[];
export function selectPlaces(places: FeatureCollection, box: Box): [name: string, lon: number, lat: number, minzoom: number][];
