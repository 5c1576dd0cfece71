// Builds the offline basemap that public/ serves (run with `npm run basemap`):
//   public/basemap/basemap.topo.json  objects `world` (Natural Earth 1:110m) and
//                                     `europe` (1:10m clipped to EUROPE_BBOX)
//   public/basemap/places.geojson     city labels (places.csv) + one label per country
// Inputs: world-atlas (npm), iso-codes.mjs and places.csv beside this script.
// The output depends only on the inputs, so reruns are byte-identical.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid, geoContains, geoIdentity, geoStream } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const ATLAS = join(ROOT, 'node_modules', 'world-atlas');
const OUT_DIR = join(ROOT, 'public', 'basemap');
const INPUTS = {
  coarse: join(ATLAS, 'countries-110m.json'),
  detailed: join(ATLAS, 'countries-10m.json'),
  isoCodes: join(HERE, 'iso-codes.mjs'),
  places: join(HERE, 'places.csv'),
};

const EUROPE_BBOX = [-11, 34, 33, 62]; // lon0, lat0, lon1, lat1
// Simplification weights are square pixels of MapLibre's web-mercator map (512 px
// world at z0) at DETAIL_ZOOM, the closest the app zooms into the Netherlands.
// The 1:10m source is already near its native density there (a grid of ~2.6 × 2
// px at 52°N), so simplification only drops near-collinear vertices: stronger
// settings save little (even 10 px² saves only ~5 kB gzip).
const DETAIL_ZOOM = 9;
const MIN_TRIANGLE_PX2 = 1.5; // Visvalingam: drop vertices whose triangle is smaller
const MIN_RING_PX2 = 40; // drop detached islands/holes (and collapsed slivers) under ~6×6 px
// One quantization for the whole topology, whose bbox is the world. 1e5 steps
// over 360° is exactly world-atlas' own 10m longitude grid (0.0036°); latitude
// moves by at most half a 0.0017° step: ≤ 1.3 px, mean 0.5 px at z9 (measured).
const QUANTIZATION = 1e5;
const EARTH_RADIUS_KM = 6371;
const MAX_LABEL_LAT = 80; // web mercator cannot show the poles
// Country label rank thresholds, km² of the whole country.
const RANK_BY_AREA = [
  [1_000_000, 1],
  [200_000, 2],
  [30_000, 3],
];

function fail(message) {
  console.error(`\nbuild-basemap: ${message}`);
  process.exit(1);
}

function requireInputs() {
  for (const [what, file] of Object.entries(INPUTS)) {
    const hint = file.startsWith(ATLAS) ? ' (run `npm install`; world-atlas is a devDependency)' : '';
    if (!existsSync(file)) fail(`missing input ${what}: ${relative(ROOT, file)}${hint}`);
  }
}

function step(label, fn) {
  process.stdout.write(`${label}… `);
  const start = performance.now();
  const result = fn();
  console.log(`done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

/** Natural Earth countries as GeoJSON features carrying only { name, iso }. */
function loadCountries(file, { COUNTRIES, UNCODED_NAMES }) {
  const topo = JSON.parse(readFileSync(file, 'utf8'));
  return feature(topo, topo.objects.countries).features.map((f) => {
    const [iso, name] = COUNTRIES[f.id] ?? [null, UNCODED_NAMES[f.properties.name] ?? f.properties.name];
    return { type: 'Feature', properties: { name, iso }, geometry: f.geometry };
  });
}

// --- Clipping -----------------------------------------------------------------
/** Signed shoelace area; d3's exterior rings come out negative in lon/lat. */
function planarArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum / 2;
}

/** Regroups one clipped polygon's rings: the clip may split an exterior into several. */
function ringsToPolygons(rings) {
  const largest = rings.reduce((a, b) => (Math.abs(planarArea(b)) > Math.abs(planarArea(a)) ? b : a));
  const exteriorSign = Math.sign(planarArea(largest)); // clipping preserves orientation
  const polygons = rings.filter((r) => Math.sign(planarArea(r)) === exteriorSign).map((r) => [r]);
  for (const hole of rings.filter((r) => Math.sign(planarArea(r)) === -exteriorSign)) {
    const owner = polygons.find(([exterior]) => geoContains({ type: 'Polygon', coordinates: [exterior] }, hole[0]));
    if (owner) owner.push(hole);
  }
  return polygons;
}

/**
 * Clips a (Multi)Polygon to the bbox with d3's planar rectangle clip, which
 * rejoins cut rings along the frame. d3 assumes screen space (y down) for ring
 * orientation, so latitude is mirrored on the way in and back on the way out.
 */
function clipGeometry(geometry, [x0, y0, x1, y1]) {
  const polygons = [];
  let rings, ring;
  const sink = {
    polygonStart: () => (rings = []),
    polygonEnd: () => rings.length && polygons.push(...ringsToPolygons(rings)),
    lineStart: () => (ring = []),
    point: (x, y) => ring.push([x, -y]),
    lineEnd() {
      ring.push(ring[0]); // d3 streams rings unclosed
      if (ring.length >= 4 && planarArea(ring) !== 0) rings.push(ring);
    },
    sphere() {},
  };
  const clip = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [x0, -y1],
      [x1, -y0],
    ]);
  geoStream(geometry, clip.stream(sink));
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}

function clipFeatures(features, bbox) {
  return features.map((f) => ({ ...f, geometry: clipGeometry(f.geometry, bbox) })).filter((f) => f.geometry);
}

// --- Topology, simplification, quantization -----------------------------------
const PX_PER_RADIAN = (512 * 2 ** DETAIL_ZOOM) / (2 * Math.PI);
const toPixels = ([lon, lat]) => {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [((lon * Math.PI) / 180) * PX_PER_RADIAN, Math.log(Math.tan(Math.PI / 4 + phi / 2)) * PX_PER_RADIAN];
};
// Weights in screen pixels: plain lon/lat areas would simplify the north harder.
const mercatorTriangleArea = (t) => Math.abs(planarArea(t.map(toPixels)));
const mercatorRingArea = (ring) => Math.abs(planarArea(ring.map(toPixels)));

function buildTopology(objects) {
  // Pre-quantizing finely snaps the frame points that neighbours computed
  // separately during clipping, so shared borders become shared arcs.
  let topo = topology(objects, 1e7);
  topo = presimplify(topo, mercatorTriangleArea);
  topo = simplify(topo, MIN_TRIANGLE_PX2);
  // Simplification can collapse small islands into slivers; drop those unless
  // they touch a neighbour (enclaves, microstates), which would leave a hole.
  topo = filter(topo, filterAttachedWeight(topo, MIN_RING_PX2, mercatorRingArea));
  return quantize(topo, QUANTIZATION);
}

// --- Labels -------------------------------------------------------------------
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Midpoint of the widest horizontal run inside the polygon: always interior. */
function scanlinePoint(polygon) {
  const lats = polygon[0].map((p) => p[1]);
  const lo = Math.max(Math.min(...lats), -MAX_LABEL_LAT),
    hi = Math.min(Math.max(...lats), MAX_LABEL_LAT);
  let best = null;
  for (let i = 1; i < 20; i++) {
    const y = lo + ((hi - lo) * i) / 20;
    const xs = [];
    for (const ring of polygon) {
      for (let k = 1; k < ring.length; k++) {
        const [[xa, ya], [xb, yb]] = [ring[k - 1], ring[k]];
        if (ya > y !== yb > y) xs.push(xa + ((y - ya) * (xb - xa)) / (yb - ya));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const width = (xs[k + 1] - xs[k]) * Math.cos((y * Math.PI) / 180);
      if (!best || width > best.width) best = { width, point: [(xs[k] + xs[k + 1]) / 2, y] };
    }
  }
  return best.point;
}

/** Label anchor: centroid of the largest polygon if it lies inside it, else a scanline point. */
function labelPoint(geometry) {
  const largest = polygonsOf(geometry)
    .map((coordinates) => ({ type: 'Polygon', coordinates }))
    .reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const centroid = geoCentroid(largest);
  const usable = Math.abs(centroid[1]) <= MAX_LABEL_LAT && geoContains(largest, centroid);
  return usable ? centroid : scanlinePoint(largest.coordinates);
}

const point = (coords, properties) => {
  const coordinates = coords.map((c) => Math.round(c * 1e4) / 1e4); // ~10 m
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
};

function countryLabels(worldFeatures) {
  return worldFeatures.map((f) => {
    const km2 = geoArea(f) * EARTH_RADIUS_KM ** 2;
    const rank = RANK_BY_AREA.find(([min]) => km2 >= min)?.[1] ?? 4;
    const { name, iso } = f.properties;
    return point(labelPoint(f.geometry), { name, kind: 'country', rank, country: iso });
  });
}

/** Parses places.csv (plain comma-separated values, no quoting). */
function cityLabels(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  if (header !== 'name,lon,lat,rank,country') fail(`${relative(ROOT, file)}: unexpected header "${header}"`);
  return lines.map((line, i) => {
    const [name, lon, lat, rank, country, extra] = line.split(',');
    const where = `${relative(ROOT, file)}:${i + 2}`;
    const numeric = [lon, lat, rank].every((v) => /^-?\d+(\.\d+)?$/.test(v ?? ''));
    const ok = extra === undefined && name && numeric && /^[A-Z]{2}$/.test(country ?? '');
    if (!ok) fail(`${where}: malformed row "${line}"`);
    const [x, y, r] = [Number(lon), Number(lat), Number(rank)];
    if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) fail(`${where}: bad coordinates`);
    if (![1, 2, 3, 4].includes(r)) fail(`${where}: rank must be 1..4`);
    return point([x, y], { name, kind: 'city', rank: r, country });
  });
}

// --- Output -------------------------------------------------------------------
function writeOutput(name, data) {
  const text = JSON.stringify(data);
  writeFileSync(join(OUT_DIR, name), text);
  return { name, raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function countPoints(topo, name) {
  const arcs = new Set();
  const visit = (a) => (Array.isArray(a) ? a.forEach(visit) : arcs.add(a < 0 ? ~a : a));
  topo.objects[name].geometries.forEach((g) => g.arcs && visit(g.arcs));
  return [...arcs].reduce((n, i) => n + topo.arcs[i].length, 0);
}

async function main() {
  requireInputs();
  const iso = await import(pathToFileURL(INPUTS.isoCodes));
  const cities = step('reading places.csv', () => cityLabels(INPUTS.places)); // fail fast on typos
  const world = step('loading Natural Earth 1:110m', () => loadCountries(INPUTS.coarse, iso));
  const detailed = step('loading Natural Earth 1:10m', () => loadCountries(INPUTS.detailed, iso));
  const europe = step('clipping Europe', () => clipFeatures(detailed, EUROPE_BBOX));
  const collection = (features) => ({ type: 'FeatureCollection', features });
  const objects = { world: collection(world), europe: collection(europe) };
  const topo = step('building, simplifying and quantizing the topology', () => buildTopology(objects));
  const worldFeatures = feature(topo, topo.objects.world).features; // label what is served
  const countries = step('placing country labels', () => countryLabels(worldFeatures));

  mkdirSync(OUT_DIR, { recursive: true });
  const places = collection([...countries, ...cities]);
  const outputs = [writeOutput('basemap.topo.json', topo), writeOutput('places.geojson', places)];

  for (const o of ['world', 'europe']) {
    console.log(`${o}: ${topo.objects[o].geometries.length} countries, ${countPoints(topo, o)} points`);
  }
  console.log(`places: ${countries.length} countries, ${cities.length} cities`);
  for (const o of outputs) console.log(`${relative(ROOT, OUT_DIR)}/${o.name}: ${kB(o.raw)} raw, ${kB(o.gzip)} gzip`);
  console.log(`total: ${kB(outputs.reduce((n, o) => n + o.gzip, 0))} gzip`);
}

await main();
