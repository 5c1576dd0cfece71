import { feature } from 'topojson-client';
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
  return {
    world: feature(topology, topology.objects.world) as FeatureCollection,
    europe: feature(topology, topology.objects.europe) as FeatureCollection,
    places,
  };
}
