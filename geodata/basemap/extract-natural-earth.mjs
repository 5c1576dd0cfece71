// Derives what the basemap takes from Natural Earth 1:10m (run with `npm run basemap:extract`):
//   geodata/basemap/natural-earth.topo.json     objects `lakes` and `rivers`, selected,
//                                               clipped and simplified
//   geodata/basemap/natural-earth-places.json   populated places as [name, lon, lat, minzoom]
// Input: ../shared/data/natural-earth/ (or NATURAL_EARTH_DIR), which a fresh clone does not
// need: `npm run basemap` reads the committed output. Natural Earth is public domain.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DETAIL_BOX } from './detail-box.mjs';
import { selectLakes, selectPlaces, selectRivers } from './natural-earth.mjs';
import { buildTopology } from './topology.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const SOURCE = resolve(process.env.NATURAL_EARTH_DIR ?? join(ROOT, '..', 'shared', 'data', 'natural-earth'));
const OUTPUT = { water: join(HERE, 'natural-earth.topo.json'), places: join(HERE, 'natural-earth-places.json') };
const FILES = { lakes: 'ne_10m_lakes.geojson', rivers: 'ne_10m_rivers_lake_centerlines.geojson', places: 'ne_10m_populated_places.geojson' };

function read(name) {
  const file = join(SOURCE, FILES[name]);
  if (!existsSync(file)) {
    console.error(`extract-natural-earth: missing ${file} (set NATURAL_EARTH_DIR to the folder with Natural Earth's 1:10m GeoJSON)`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

function write(file, text) {
  writeFileSync(file, text);
  console.log(`${relative(ROOT, file)}: ${(text.length / 1024).toFixed(1)} kB raw, ${(gzipSync(text).length / 1024).toFixed(1)} kB gzip`);
}

const collection = (features) => ({ type: 'FeatureCollection', features });
const water = { lakes: collection(selectLakes(read('lakes'), DETAIL_BOX)), rivers: collection(selectRivers(read('rivers'), DETAIL_BOX)) };
const places = selectPlaces(read('places'), DETAIL_BOX);
console.log(`${water.lakes.features.length} lakes, ${water.rivers.features.length} rivers, ${places.length} places`);
// Lakes and rivers are simplified for a closer look than the 1:110m world gets, but not as close as the 1:10m land.
write(OUTPUT.water, JSON.stringify(buildTopology(water, DETAIL_BOX, { detail: 6, world: 4 })));
// One place a line, so a change reads as a diff.
write(OUTPUT.places, `[\n${places.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
