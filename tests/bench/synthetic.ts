import type { StoryFile } from '../../src/story/schema';

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same story. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['cyber-intrusion', 'raid', 'arrest-charge', 'policy', 'media-report', 'official-statement', 'intimidation', 'intelligence-report'];

/** Events gather where people are: European cities with a rough weight for how much happens there. */
const CITIES: readonly [name: string, lon: number, lat: number, country: string, weight: number][] = [
  ['London', -0.13, 51.51, 'GB', 9],
  ['Paris', 2.35, 48.86, 'FR', 8],
  ['Berlin', 13.4, 52.52, 'DE', 7],
  ['Brussels', 4.35, 50.85, 'BE', 6],
  ['The Hague', 4.3, 52.08, 'NL', 6],
  ['Amsterdam', 4.9, 52.37, 'NL', 5],
  ['Madrid', -3.7, 40.42, 'ES', 4],
  ['Rome', 12.5, 41.9, 'IT', 4],
  ['Vienna', 16.37, 48.21, 'AT', 4],
  ['Warsaw', 21.01, 52.23, 'PL', 4],
  ['Stockholm', 18.07, 59.33, 'SE', 3],
  ['Prague', 14.42, 50.09, 'CZ', 3],
  ['Munich', 11.58, 48.14, 'DE', 3],
  ['Hamburg', 9.99, 53.55, 'DE', 3],
  ['Rotterdam', 4.48, 51.92, 'NL', 3],
  ['Eindhoven', 5.47, 51.44, 'NL', 2],
  ['Copenhagen', 12.57, 55.68, 'DK', 2],
  ['Oslo', 10.75, 59.91, 'NO', 2],
  ['Helsinki', 24.94, 60.17, 'FI', 2],
  ['Dublin', -6.26, 53.35, 'IE', 2],
  ['Lisbon', -9.14, 38.72, 'PT', 2],
  ['Milan', 9.19, 45.46, 'IT', 2],
  ['Barcelona', 2.17, 41.39, 'ES', 2],
  ['Zurich', 8.54, 47.37, 'CH', 2],
  ['Geneva', 6.14, 46.2, 'CH', 2],
  ['Budapest', 19.04, 47.5, 'HU', 2],
  ['Bucharest', 26.1, 44.43, 'RO', 1],
  ['Athens', 23.73, 37.98, 'GR', 1],
  ['Vilnius', 25.28, 54.69, 'LT', 1],
  ['Riga', 24.11, 56.95, 'LV', 1],
  ['Tallinn', 24.75, 59.44, 'EE', 1],
  ['Kyiv', 30.52, 50.45, 'UA', 2],
  ['Manchester', -2.24, 53.48, 'GB', 1],
  ['Lyon', 4.84, 45.76, 'FR', 1],
  ['Frankfurt', 8.68, 50.11, 'DE', 2],
];
const TOTAL_WEIGHT = CITIES.reduce((sum, c) => sum + c[4], 0);

/** How far from its city an event may lie, in degrees, by how precisely its place is known. */
const SPREAD = { address: 0.03, city: 0.08, region: 0.6, country: 1.5 } as const;
const FIRST_YEAR = 2005;
const YEARS = 20;

/**
 * A valid story of `n` events over Europe and 2005–2024, with every kind of date precision
 * (day, month, season, interval, year) and of place precision. Events cluster around cities and
 * grow more frequent over the years, as reporting does.
 */
export function syntheticStory(n: number): StoryFile {
  const next = random(42);
  const pad = (v: number) => String(v).padStart(2, '0');
  // More recent years are busier: the year's share grows linearly.
  const year = () => FIRST_YEAR + Math.floor(Math.sqrt(next()) * YEARS);
  const date = () => {
    const y = year();
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const kind = next();
    if (kind < 0.5) return `${y}-${pad(month)}-${pad(day)}`;
    if (kind < 0.7) return `${y}-${pad(month)}`;
    if (kind < 0.8) return `${y}-${21 + Math.floor(next() * 4)}`;
    if (kind < 0.9) return `${y}/${Math.min(FIRST_YEAR + YEARS - 1, y + 1 + Math.floor(next() * 3))}`;
    return `${y}`;
  };
  const city = () => {
    let pick = next() * TOTAL_WEIGHT;
    for (const c of CITIES) if ((pick -= c[4]) < 0) return c;
    return CITIES[0];
  };
  const precision = () => {
    const p = next();
    return p < 0.3 ? 'address' : p < 0.7 ? 'city' : p < 0.9 ? 'region' : 'country';
  };
  // A roughly normal offset (the sum of two uniforms), so events thin out away from the city.
  const jitter = (spread: number) => (next() + next() - 1) * spread;
  return {
    id: 'synthetic',
    title: 'Synthetic',
    standfirst: 'Generated for benchmarks.',
    article: { title: 'None', publisher: 'None', date: '2024' },
    credits: 'Generated.',
    updated: '2024-01-01',
    categories: CATEGORIES.map((id) => ({ id, label: id })),
    events: Array.from({ length: n }, (_, i) => {
      const [name, lon, lat, country] = city();
      const where = precision();
      return {
        id: `event-${i}`,
        title: `Event ${i}`,
        summary: 'A generated event.',
        category: CATEGORIES[Math.floor(next() * CATEGORIES.length)],
        date: date(),
        place: { name, lon: lon + jitter(SPREAD[where] * 1.5), lat: lat + jitter(SPREAD[where]), precision: where, country },
        passage: 'None.',
        verification: 'verified',
        corrections: [],
        sources: [],
        actors: [],
      };
    }),
    relations: [],
    chapters: [],
  };
}
