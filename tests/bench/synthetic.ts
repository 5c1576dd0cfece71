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

/** A valid story of `n` events spread over Europe and 2010–2024, with every kind of date precision. */
export function syntheticStory(n: number): StoryFile {
  const next = random(42);
  const pad = (v: number) => String(v).padStart(2, '0');
  const date = () => {
    const year = 2010 + Math.floor(next() * 15);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const kind = next();
    if (kind < 0.5) return `${year}-${pad(month)}-${pad(day)}`;
    if (kind < 0.7) return `${year}-${pad(month)}`;
    if (kind < 0.8) return `${year}-${21 + Math.floor(next() * 4)}`;
    if (kind < 0.9) return `${year}/${year + 1 + Math.floor(next() * 3)}`;
    return `${year}`;
  };
  return {
    id: 'synthetic',
    title: 'Synthetic',
    standfirst: 'Generated for benchmarks.',
    article: { title: 'None', publisher: 'None', date: '2024' },
    credits: 'Generated.',
    updated: '2024-01-01',
    categories: CATEGORIES.map((id) => ({ id, label: id })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `event-${i}`,
      title: `Event ${i}`,
      summary: 'A generated event.',
      category: CATEGORIES[Math.floor(next() * CATEGORIES.length)],
      date: date(),
      place: { name: 'Somewhere', lon: -10 + next() * 40, lat: 36 + next() * 24, precision: 'city', country: 'NL' },
      passage: 'None.',
      verification: 'verified',
      corrections: [],
      sources: [],
      actors: [],
    })),
    relations: [],
    chapters: [],
  };
}
