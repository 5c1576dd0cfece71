// Features → one TopoJSON: shared arcs, Visvalingam simplification in screen pixels, quantization.
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import { planarArea } from './rings.mjs';

// Simplification weights are square pixels of MapLibre's web-mercator map (512 px
// world at z0): at DETAIL_ZOOM inside the detail box, the closest the app zooms into
// Europe, and at WORLD_ZOOM elsewhere, the closest it flies to an event outside
// Europe (a city, zoom 6-7). The 1:10m source is already near its native density at
// z9 (a grid of ~2.6 × 2 px at 52°N), so simplification there only drops
// near-collinear vertices.
export const DETAIL_ZOOM = 9;
export const WORLD_ZOOM = 7;
const MIN_TRIANGLE_PX2 = 1.5; // Visvalingam: drop vertices whose triangle is smaller
const MIN_RING_PX2 = 40; // drop detached islands/holes (and collapsed slivers) under ~6×6 px
// One quantization for the whole topology, whose bbox is the world. 1e5 steps
// over 360° is exactly world-atlas' own 10m longitude grid (0.0036°); latitude
// moves by at most half a 0.0017° step: ≤ 1.3 px, mean 0.5 px at z9 (measured).
const QUANTIZATION = 1e5;

const pxPerRadian = (zoom) => (512 * 2 ** zoom) / (2 * Math.PI);
/** Web-mercator pixels at `zoom`, as MapLibre draws them. */
export const toPixels = ([lon, lat], zoom = DETAIL_ZOOM) => {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  const k = pxPerRadian(zoom);
  return [((lon * Math.PI) / 180) * k, Math.log(Math.tan(Math.PI / 4 + phi / 2)) * k];
};

const inside = ([x, y], [x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** Weights in screen pixels at the zoom the reader can see the vertex from: plain lon/lat areas would simplify the north harder. */
function pixelWeights(detailBox, zooms) {
  const zoomAt = (point) => (inside(point, detailBox) ? zooms.detail : zooms.world);
  const area = (points, zoom) => Math.abs(planarArea(points.map((p) => toPixels(p, zoom))));
  return {
    triangle: (t) => area(t, zoomAt(t[1])),
    ring: (ring) => area(ring, zoomAt(ring[0])),
  };
}

/**
 * One quantized topology of the given GeoJSON objects (name → FeatureCollection),
 * simplified for the zooms it is seen at, inside the detail box and elsewhere.
 */
export function buildTopology(objects, detailBox, zooms = { detail: DETAIL_ZOOM, world: WORLD_ZOOM }) {
  const weight = pixelWeights(detailBox, zooms);
  // Pre-quantizing finely snaps the frame points that neighbours computed
  // separately during clipping, so shared borders become shared arcs.
  let topo = topology(objects, 1e7);
  topo = presimplify(topo, weight.triangle);
  topo = simplify(topo, MIN_TRIANGLE_PX2);
  // Simplification can collapse small islands into slivers; drop those unless
  // they touch a neighbour (enclaves, microstates), which would leave a hole.
  topo = filter(topo, filterAttachedWeight(topo, MIN_RING_PX2, weight.ring));
  return quantize(topo, QUANTIZATION);
}
