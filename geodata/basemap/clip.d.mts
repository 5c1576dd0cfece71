import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
export function cutAtAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null;
export function clipPolygons(geometry: Polygon | MultiPolygon, bbox: readonly [number, number, number, number]): Polygon | MultiPolygon | null;
export function clipLines(geometry: Geometry, bbox: readonly [number, number, number, number]): MultiLineString | null;
export function clipFeatures<F extends Feature>(features: readonly F[], clip: (geometry: F['geometry']) => Geometry | null): F[];
