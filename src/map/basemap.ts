import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { BasemapData } from './style';

async function getJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Loads the basemap that ships with the app (see geodata/basemap), relative to the page. */
export async function loadBasemap(base: string = document.baseURI): Promise<BasemapData> {
  const [topology, places] = await Promise.all([
    getJson<Topology<{ world: GeometryCollection; europe: GeometryCollection }>>(new URL('basemap/basemap.topo.json', base)),
    getJson<FeatureCollection>(new URL('basemap/places.geojson', base)),
  ]);
  const { world, europe } = topology.objects;
  // Borders are drawn from shared arcs only, so coastlines and the edges where the
  // detailed Europe was clipped do not show up as lines.
  const borders = (object: GeometryCollection): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: mesh(topology, object, (a, b) => a !== b) }],
  });
  return {
    world: feature(topology, world) as FeatureCollection,
    europe: feature(topology, europe) as FeatureCollection,
    worldBorders: borders(world),
    europeBorders: borders(europe),
    places,
  };
}
