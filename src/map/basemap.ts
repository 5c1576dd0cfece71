import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { BasemapData, LonLatBox } from './basemapStyle';

type BasemapTopology = Topology<{ world: GeometryCollection; europe: GeometryCollection; lakes: GeometryCollection; rivers: GeometryCollection }>;

async function getJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The basemap's layers from its TopoJSON (see geodata/basemap) and label points. */
export function basemapFrom(topology: BasemapTopology, places: FeatureCollection): BasemapData {
  const { world, europe, lakes, rivers } = topology.objects;
  if (europe.bbox?.length !== 4) throw new Error('basemap.topo.json: the europe object has no bbox');
  // Borders are drawn from shared arcs only, so coastlines and the edges where the
  // detailed Europe was clipped do not show up as lines.
  const borders = (object: GeometryCollection): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: mesh(topology, object, (a, b) => a !== b) }],
  });
  const features = (object: GeometryCollection) => feature(topology, object) as FeatureCollection;
  return {
    world: features(world),
    europe: features(europe),
    worldBorders: borders(world),
    europeBorders: borders(europe),
    lakes: features(lakes),
    rivers: features(rivers),
    detailBox: europe.bbox as unknown as LonLatBox,
    places,
  };
}

/** Loads the basemap that ships with the app, relative to the page. */
export async function loadBasemap(base: string = document.baseURI): Promise<BasemapData> {
  const [topology, places] = await Promise.all([
    getJson<BasemapTopology>(new URL('basemap/basemap.topo.json', base)),
    getJson<FeatureCollection>(new URL('basemap/places.geojson', base)),
  ]);
  return basemapFrom(topology, places);
}
