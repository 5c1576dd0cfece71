import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { basemapFrom } from '../../../../src/map/basemap';

type Objects = { world: GeometryCollection; europe: GeometryCollection; lakes: GeometryCollection; rivers: GeometryCollection };

/** The basemap that public/ serves, as the app reads it. */
export function servedBasemap() {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../../public/basemap/${name}`, import.meta.url), 'utf8'));
  return basemapFrom(read('basemap.topo.json') as Topology<Objects>, read('places.geojson') as FeatureCollection);
}

/** A TopoJSON object as GeoJSON features. */
export function featuresOf(topology: Topology, name: string): Feature[] {
  return (feature(topology, topology.objects[name]) as FeatureCollection).features;
}

/** Even-odd point in ring, on the plane of longitude and latitude: how MapLibre fills a polygon. */
function inRing(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when MapLibre would fill the point with this feature's polygon. */
export function planarContains(f: Feature, point: Position): boolean {
  const g = f.geometry as Polygon | MultiPolygon;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.some(([exterior, ...holes]) => inRing(exterior, point) && !holes.some((h) => inRing(h, point)));
}
