// Builds the offline basemap that public/ serves (run with `npm run basemap`):
//   public/basemap/basemap.topo.json  objects `world` (Natural Earth 1:110m), `europe`
//                                     (1:10m clipped to DETAIL_BOX, which is its bbox),
//                                     `lakes` and `rivers`
//   public/basemap/places.geojson     one label per country, and cities
// Inputs: world-atlas and i18n-iso-countries (npm), and beside this script iso-codes.mjs,
// places.csv, city-names-nl.csv and what
// `npm run basemap:extract` derived from Natural Earth: natural-earth.topo.json (lakes,
// rivers) and natural-earth-places.json. The output depends only on
// the inputs, so reruns are byte-identical.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { clipFeatures, clipPolygons, cutAtAntimeridian } from './clip.mjs';
import { DETAIL_BOX } from './detail-box.mjs';
import { countryLabels, csvPlaces, mergeCities, point } from './labels.mjs';
import { buildTopology } from './topology.mjs';
import { dutchCityNames, dutchCountryNames, withDutchNames } from './names.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const ATLAS = join(ROOT, 'node_modules', 'world-atlas');
const OUT_DIR = join(ROOT, 'public', 'basemap');
const INPUTS = {
  coarse: join(ATLAS, 'countries-110m.json'),
  detailed: join(ATLAS, 'countries-10m.json'),
  isoCodes: join(HERE, 'iso-codes.mjs'),
  places: join(HERE, 'places.csv'),
  cityNamesNl: join(HERE, 'city-names-nl.csv'),
  water: join(HERE, 'natural-earth.topo.json'),
  naturalEarthPlaces: join(HERE, 'natural-earth-places.json'),
};

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

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Natural Earth countries as GeoJSON features carrying only { name, iso }, cut at the antimeridian. */
function loadCountries(file, { COUNTRIES, UNCODED_NAMES }) {
  const topo = readJson(file);
  return feature(topo, topo.objects.countries).features.map((f) => {
    const [iso, name] = COUNTRIES[f.id] ?? [null, UNCODED_NAMES[f.properties.name] ?? f.properties.name];
    return { type: 'Feature', properties: { name, iso }, geometry: cutAtAntimeridian(f.geometry) };
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
  const extraCities = step('reading places.csv', () => csvPlaces(relative(ROOT, INPUTS.places), fail)); // fail fast on typos
  const water = readJson(INPUTS.water);
  const fromWater = (name) => feature(water, water.objects[name]).features;
  const world = step('loading Natural Earth 1:110m', () => loadCountries(INPUTS.coarse, iso));
  const detailed = step('loading Natural Earth 1:10m', () => loadCountries(INPUTS.detailed, iso));
  const europe = step('clipping Europe', () => clipFeatures(detailed, (g) => clipPolygons(g, DETAIL_BOX)));
  const collection = (features) => ({ type: 'FeatureCollection', features });
  const objects = {
    world: collection(world),
    europe: collection(europe),
    lakes: collection(fromWater('lakes')),
    rivers: collection(fromWater('rivers')),
  };
  const topo = step('building, simplifying and quantizing the topology', () => buildTopology(objects, DETAIL_BOX));
  topo.objects.europe.bbox = DETAIL_BOX;
  const worldFeatures = feature(topo, topo.objects.world).features; // label what is served
  const countries = step('placing country labels', () => countryLabels(worldFeatures));
  const naturalEarthCities = readJson(INPUTS.naturalEarthPlaces).map(([name, lon, lat, minzoom]) => point([lon, lat], { name, kind: 'city', minzoom }));
  const cities = mergeCities(naturalEarthCities, extraCities);

  mkdirSync(OUT_DIR, { recursive: true });
  const cityNamesNl = dutchCityNames(relative(ROOT, INPUTS.cityNamesNl), fail);
  const places = collection(step('adding Dutch names', () => withDutchNames([...countries, ...cities], dutchCountryNames(), cityNamesNl)));
  const outputs = [writeOutput('basemap.topo.json', topo), writeOutput('places.geojson', places)];

  for (const o of Object.keys(objects)) console.log(`${o}: ${topo.objects[o].geometries.length} features, ${countPoints(topo, o)} points`);
  console.log(`places: ${countries.length} countries, ${cities.length} cities`);
  for (const o of outputs) console.log(`${relative(ROOT, OUT_DIR)}/${o.name}: ${kB(o.raw)} raw, ${kB(o.gzip)} gzip`);
  console.log(`total: ${kB(outputs.reduce((n, o) => n + o.gzip, 0))} gzip`);
}

await main();
