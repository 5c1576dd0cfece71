// Builds public/gazetteer/places.json, the offline gazetteer that places events by name,
// from Natural Earth 1:10m populated places (public domain, version 4.0.0), provided in
// shared/data/natural-earth/. Run: npm run gazetteer. The output is committed, so a clone
// builds without that folder.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FILE = 'ne_10m_populated_places.geojson';
const CANDIDATES = [process.env.NATURAL_EARTH, join(ROOT, '../shared/data/natural-earth'), join(ROOT, '../../shared/data/natural-earth')];
const SOURCE_DIR = CANDIDATES.find((dir) => dir && existsSync(join(dir, FILE)));
if (!SOURCE_DIR) throw new Error(`${FILE} not found; set NATURAL_EARTH to the folder that holds it`);
const OUT = join(ROOT, 'public/gazetteer/places.json');

// Natural Earth's units without an ISO code of their own, by ADM0_A3.
const ISO_FOR_UNIT = { SOL: 'SO', CYN: 'CY', KOS: 'XK' };

// Accents and case are ignored when matching, so a name that differs only in them adds nothing.
const fold = (name) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
// Current English spellings that Natural Earth 4.0 predates and sheets (ACLED among them) use.
const ALSO_KNOWN_AS = { 'Kiev UA': ['Kyiv'], 'Odessa UA': ['Odesa'], 'Zaporizhzhya UA': ['Zaporizhzhia'] };
const round = (n) => Math.round(n * 1e4) / 1e4;
const { features } = JSON.parse(readFileSync(join(SOURCE_DIR, FILE), 'utf8'));

const places = features.map(({ properties: p, geometry }) => {
  const country = /^[A-Z]{2}$/.test(p.ISO_A2) ? p.ISO_A2 : ISO_FOR_UNIT[p.ADM0_A3];
  if (!country) throw new Error(`no ISO code for ${p.NAME} (${p.ADM0_A3})`);
  const seen = new Set([fold(p.NAME)]);
  const others = [p.NAME_EN, p.NAME_DE, p.NAME_FR, p.NAMEASCII, ...(ALSO_KNOWN_AS[`${p.NAME} ${country}`] ?? [])].filter(
    (n) => n && !seen.has(fold(n)) && seen.add(fold(n)),
  );
  const [lon, lat] = geometry.coordinates;
  return [p.NAME, others.join('|'), p.ADM1NAME ?? '', country, round(lon), round(lat), p.POP_MAX > 0 ? p.POP_MAX : 0];
});
places.sort((a, b) => b[6] - a[6] || a[0].localeCompare(b[0]));

const out = {
  source: 'Natural Earth 1:10m populated places, version 4.0.0 (naturalearthdata.com, public domain)',
  fields: ['name', 'otherNames', 'admin1', 'country', 'lon', 'lat', 'population'],
  places,
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(out).replace(/\],\[/g, '],\n['));
console.log(`${places.length} places → ${OUT}`);
