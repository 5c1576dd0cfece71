import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { syntheticStory } from '../synthetic';
import { APP, type Override } from './server';

/**
 * How a synthetic story reaches the built app.
 * - "fetched": the build fetches its story as JSON at run time; the server answers that request
 *   with the synthetic story, so the app under test is exactly dist/.
 * - "compiled": the story is still compiled into the main chunk; the bench builds one copy of the
 *   app per size into .tmp/bench/ with the story import pointed at the synthetic file. Marked in the report.
 */
export interface StoryFeed {
  readonly mode: 'fetched' | 'compiled';
  /** Extra folders the server must serve (compiled mode). */
  readonly roots: Record<string, string>;
  /** The app's address for a story of `n` events, and the server override it needs. */
  use(n: number): { url: string; override: Override | null };
}

const TMP = '.tmp/bench';

function* jsonFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsonFiles(path);
    else if (name.endsWith('.json')) yield path;
  }
}

/** The story file the build fetches: a JSON file in dist/ with an `events` array. */
export function fetchedStoryPath(dist = 'dist'): string | null {
  for (const path of jsonFiles(dist)) {
    if (path.includes('basemap') || path.endsWith('oembed.json')) continue;
    try {
      if (Array.isArray((JSON.parse(readFileSync(path, 'utf8')) as { events?: unknown }).events)) return relative(dist, path);
    } catch {
      // Not JSON we can read: not a story.
    }
  }
  return null;
}

const storyBody = (() => {
  const cache = new Map<number, Buffer>();
  return (n: number) => {
    let body = cache.get(n);
    if (!body) cache.set(n, (body = Buffer.from(JSON.stringify(syntheticStory(n)))));
    return body;
  };
})();

/** Picks how to feed the sizes in `sizes` to the app, building copies only if it must. */
export function storyFeed(sizes: readonly number[]): StoryFeed {
  const fetched = fetchedStoryPath();
  if (fetched) {
    const path = `${APP}${fetched}`;
    return {
      mode: 'fetched',
      roots: {},
      use: (n) => ({ url: APP, override: (p) => (p === path ? { body: storyBody(n), type: 'application/json' } : null) }),
    };
  }
  const roots: Record<string, string> = {};
  for (const n of sizes) {
    const dir = join(TMP, `app-${n}`);
    const file = join(TMP, `synthetic-${n}.json`);
    mkdirSync(TMP, { recursive: true });
    writeFileSync(file, storyBody(n));
    console.log(`  building a copy of the app with ${n.toLocaleString('en')} events compiled in (the build does not fetch its story yet)`);
    execFileSync(process.execPath, ['tests/bench/browser/buildCopy.mjs', file, dir], { stdio: 'inherit' });
    roots[`/bench/app-${n}/`] = dir;
  }
  return { mode: 'compiled', roots, use: (n) => ({ url: `/bench/app-${n}/`, override: null }) };
}
