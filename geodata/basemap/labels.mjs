// Label points: one per country, and the cities of places.csv that Natural Earth lacks.
import { readFileSync } from 'node:fs';
import { max, min } from 'd3-array';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';

const EARTH_RADIUS_KM = 6371;
const MAX_LABEL_LAT = 80; // web mercator cannot show the poles
// Country labels by km² of the whole country: rank (the order they are placed in) and
// the MapLibre zoom they appear from.
const COUNTRY_RANKS = [
  { km2: 1_000_000, rank: 1, minzoom: 0 },
  { km2: 200_000, rank: 2, minzoom: 2.5 },
  { km2: 30_000, rank: 3, minzoom: 3.5 },
  { km2: 0, rank: 4, minzoom: 4.5 },
];

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Midpoint of the widest horizontal run inside the polygon: always interior. */
function scanlinePoint(polygon) {
  const lats = polygon[0].map((p) => p[1]);
  const lo = Math.max(min(lats), -MAX_LABEL_LAT),
    hi = Math.min(max(lats), MAX_LABEL_LAT);
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

export const point = (coords, properties) => {
  const coordinates = coords.map((c) => Math.round(c * 1e4) / 1e4); // ~10 m
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
};

/** A label per country: { name, kind: 'country', rank, minzoom, country: ISO code }. */
export function countryLabels(countries) {
  return countries.map((f) => {
    const km2 = geoArea(f) * EARTH_RADIUS_KM ** 2;
    const { rank, minzoom } = COUNTRY_RANKS.find((r) => km2 >= r.km2);
    const { name, iso } = f.properties;
    return point(labelPoint(f.geometry), { name, kind: 'country', rank, minzoom, country: iso });
  });
}

/** Parses places.csv (plain comma-separated values, no quoting) into { name, kind: 'city', minzoom } points. */
export function csvPlaces(file, fail) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  if (header !== 'name,lon,lat,minzoom') fail(`${file}: unexpected header "${header}"`);
  return lines.map((line, i) => {
    const [name, lon, lat, minzoom, extra] = line.split(',');
    const where = `${file}:${i + 2}`;
    const numeric = [lon, lat, minzoom].every((v) => /^-?\d+(\.\d+)?$/.test(v ?? ''));
    if (extra !== undefined || !name || !numeric) fail(`${where}: malformed row "${line}"`);
    const [x, y, z] = [Number(lon), Number(lat), Number(minzoom)];
    if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) fail(`${where}: bad coordinates`);
    if (!(z >= 0 && z <= 11)) fail(`${where}: minzoom must be 0..11`);
    return point([x, y], { name, kind: 'city', minzoom: z });
  });
}

/** The cities, each name once: a row of places.csv replaces Natural Earth's place of that name within ~20 km. */
export function mergeCities(naturalEarth, extra) {
  const near = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 0.2;
  const replaced = (f) => extra.some((e) => e.properties.name === f.properties.name && near(e.geometry.coordinates, f.geometry.coordinates));
  return [...naturalEarth.filter((f) => !replaced(f)), ...extra].sort(
    (a, b) => a.properties.minzoom - b.properties.minzoom || a.properties.name.localeCompare(b.properties.name),
  );
}
