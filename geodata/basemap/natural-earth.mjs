// What the basemap takes from Natural Earth's 1:10m lakes, rivers and populated places.
// Natural Earth's min_zoom is a web-map zoom for 256-pixel tiles; MapLibre's tiles are
// 512 pixels, so the same view is one zoom lower there.
import { clipFeatures, clipLines, clipPolygons } from './clip.mjs';
import { rewind } from './rings.mjs';

const TILE_512 = 1;
export const minZoomOf = (properties) => Math.max(0, Math.round((Number(properties.min_zoom) - TILE_512) * 10) / 10);

/** Lakes big enough to show on the whole world map, and more of them inside the detail box. */
export const LAKE_MIN_ZOOM = { world: 1, detail: 4.7 };
/** Rivers inside the detail box, by Natural Earth's min_zoom, plus the ones a Dutch reader finds their way by. */
export const RIVER_MIN_ZOOM = 3;
export const MAIN_RIVERS = ['Rhine', 'Rhein', 'Rijn', 'Waal', 'Lek', 'IJssel', 'Maas', 'Meuse', 'Schelde', 'Scheldt', 'Escaut', 'Elbe'];
/** The zoom from which the main rivers show (MapLibre zoom), whatever Natural Earth says. */
export const MAIN_RIVER_ZOOM = 5;
/** Populated places, by Natural Earth's min_zoom: the world's bigger cities, and more of Europe's. */
export const PLACE_MIN_ZOOM = { world: 4.7, detail: 6.1 };

const round = (c) => Math.round(c * 1e4) / 1e4; // ~10 m
/** A geometry's first position: its coordinates, descended until they are a point. */
const firstPoint = ({ coordinates }) => {
  let c = coordinates;
  while (Array.isArray(c[0])) c = c[0];
  return c;
};
const inBox = ([x, y], [x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const wanted = (f, box, limits) => Number(f.properties.min_zoom) <= (inBox(firstPoint(f.geometry), box) ? limits.detail : limits.world);

/** Lakes as { name, minzoom } polygons in d3's winding; the detail box's are clipped to it. */
export function selectLakes(lakes, box) {
  return lakes.features
    .filter((f) => f.geometry && wanted(f, box, LAKE_MIN_ZOOM))
    .map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name ?? '', minzoom: minZoomOf(f.properties) },
      geometry: rewind(f.geometry, -1),
    }))
    .flatMap((f) => (inBox(firstPoint(f.geometry), box) ? clipFeatures([f], (g) => clipPolygons(g, box)) : [f]));
}

const isMainRiver = (name) => MAIN_RIVERS.includes(name);

/** Rivers inside the detail box as { name, minzoom } lines, clipped to it. */
export function selectRivers(rivers, box) {
  const chosen = rivers.features
    .filter((f) => f.geometry && (isMainRiver(f.properties.name) || Number(f.properties.min_zoom) <= RIVER_MIN_ZOOM + TILE_512))
    .map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name ?? '', minzoom: isMainRiver(f.properties.name) ? MAIN_RIVER_ZOOM : minZoomOf(f.properties) },
      geometry: f.geometry,
    }));
  return clipFeatures(chosen, (g) => clipLines(g, box));
}

/** Populated places as [name, lon, lat, minzoom] rows, most important first. */
export function selectPlaces(places, box) {
  return places.features
    .filter((f) => wanted(f, box, PLACE_MIN_ZOOM))
    .map((f) => [f.properties.NAME, ...f.geometry.coordinates.map(round), minZoomOf(f.properties)])
    .sort((a, b) => a[3] - b[3] || a[0].localeCompare(b[0]));
}
