/* global document, fetch, location, performance, topojson, URL, URLSearchParams, window */
// The reference for the app's start-up and repaints: maplibre from node_modules, the app's
// basemap files and font, drawn with the basemap layers of the app's light theme, and nothing
// else. The bench passes the size of the app's map and its view in the query.
import { Map, setWorkerUrl } from '../node_modules/maplibre-gl/dist/maplibre-gl.mjs';

const { feature, mesh } = topojson;
setWorkerUrl(new URL('../node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href);

const query = new URLSearchParams(location.search);
const container = document.getElementById('map');
container.style.width = `${query.get('w') ?? 800}px`;
container.style.height = `${query.get('h') ?? 600}px`;
const bounds = JSON.parse(query.get('bounds') ?? '[[-0.9,49.2],[14.2,54.2]]');

const getJson = (path) => fetch(new URL(`../../graphics/atlas/basemap/${path}`, import.meta.url)).then((r) => r.json());
const [topology, places] = await Promise.all([getJson('basemap.topo.json'), getJson('places.geojson'), document.fonts.load('14px "Noto Sans"')]);
const borders = (object) => ({ type: 'Feature', properties: {}, geometry: mesh(topology, object, (a, b) => a !== b) });
const { world, europe } = topology.objects;
const DETAIL = 3.5;
const [west, south, east, north] = [-11, 34, 33, 62];
const text = { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans'], 'text-size': 12 };
// Labels by rank as the zoom allows, as the app shows them.
const city = ['all', ['==', ['get', 'kind'], 'city'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 5.5, 3, 7, 4]]];
const country = ['all', ['==', ['get', 'kind'], 'country'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 2.5, 2, 3.5, 3, 4.5, 4]]];
const halo = { 'text-color': '#333333', 'text-halo-color': '#f7f5f0', 'text-halo-width': 1.5 };

const map = new Map({
  container,
  bounds,
  fitBoundsOptions: { padding: 20 },
  attributionControl: false,
  fadeDuration: 0,
  style: {
    version: 8,
    sources: {
      world: { type: 'geojson', data: feature(topology, world) },
      europe: { type: 'geojson', data: feature(topology, europe) },
      worldBorders: { type: 'geojson', data: borders(world) },
      europeBorders: { type: 'geojson', data: borders(europe) },
      detailMask: {
        type: 'geojson',
        data: {
          type: 'Polygon',
          coordinates: [
            [
              [west, south],
              [east, south],
              [east, north],
              [west, north],
              [west, south],
            ],
          ],
        },
      },
      places: { type: 'geojson', data: places },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d4e3ee' } },
      { id: 'world-land', type: 'fill', source: 'world', paint: { 'fill-color': '#f7f5f0' } },
      { id: 'world-borders', type: 'line', source: 'worldBorders', maxzoom: DETAIL, paint: { 'line-color': '#a49e93' } },
      { id: 'detail-mask', type: 'fill', source: 'detailMask', minzoom: DETAIL, paint: { 'fill-color': '#d4e3ee' } },
      { id: 'europe-land', type: 'fill', source: 'europe', minzoom: DETAIL, paint: { 'fill-color': '#f7f5f0' } },
      { id: 'europe-borders', type: 'line', source: 'europeBorders', minzoom: DETAIL, paint: { 'line-color': '#a49e93' } },
      { id: 'city-dots', type: 'circle', source: 'places', filter: city, paint: { 'circle-radius': 2.5 } },
      { id: 'city-labels', type: 'symbol', source: 'places', filter: city, layout: { ...text, 'text-anchor': 'left', 'text-offset': [0.6, 0] }, paint: halo },
      { id: 'country-labels', type: 'symbol', source: 'places', filter: country, layout: text, paint: halo },
    ],
  },
});
// For the bench to cross-check its own idle measure (the last repaint before a quiet spell).
map.once('idle', () => (window.__bareIdle = performance.now()));
