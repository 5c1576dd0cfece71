import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { startBenchServer, APP, BARE, type BenchServer } from './server';
import { loadApp, loadBare, measureLoad, type Load } from './startup';
import { scrub, type Drag } from './scrub';
import { play, type Playback } from './playback';
import { storyFeed, type StoryFeed } from './stories';
import { SLOW_4G } from './link';
import { loadCsv, type CsvLoad } from './loading';
import { BARE_PAGE, EMBED_PAGE, NO_PRELOAD_PAGE, writeReport, type Report } from './report';

export interface Options {
  /** Page loads per figure. */
  readonly runs: number;
  readonly drags: number;
  /** Synthetic story sizes to scrub and play. */
  readonly sizes: readonly number[];
  /** Sizes to measure start-up at, beside the default story. */
  readonly startupSizes: readonly number[];
  /** Time for the drags at one size, after the first few (see scrub). */
  readonly dragBudgetSeconds: number;
  /** Also load the pages on a shaped phone network (`--network`; adds a few minutes). */
  readonly network: boolean;
}

const FULL: Options = { runs: 5, drags: 50, sizes: [1_000, 10_000, 100_000], startupSizes: [10_000], dragBudgetSeconds: 60, network: false };
/** `npm run bench -- --quick`: a smoke run of every part, in a few minutes; it does not write the committed report. */
const QUICK: Options = { runs: 1, drags: 3, sizes: [1_000], startupSizes: [1_000], dragBudgetSeconds: 30, network: false };

/** The page the app's map preloads are stripped from, to measure the waterfall without them. */
const NO_PRELOAD = `${APP}index.no-map-preload.html`;

/** The built page without the preloads of the map chunk, its CSS and the worker: the page as it was before them. */
export function withoutMapPreloads(html: string): string {
  return html.replace(/\s*<link rel="(modulepreload|preload)"[^>]*href="\.\/assets\/[^"]*"[^>]*>/g, '');
}

const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

async function startup(browser: Browser, server: BenchServer, feed: StoryFeed, options: Options & { began: number }) {
  let bareUrl = `${server.origin}${BARE}`;
  const app =
    (n: number | null, query = '') =>
    async () => {
      const { url, override } = n === null ? { url: APP, override: null } : feed.use(n);
      server.setOverride(override);
      return loadApp(browser, server, `${server.origin}${url}${query}`);
    };
  const noPreload = Buffer.from(withoutMapPreloads(readFileSync('dist/index.html', 'utf8')));
  const pages: Record<string, () => Promise<Load>> = {
    // The bare page draws its map at the size the app's has.
    'default story': async () => {
      const load = await app(null)();
      if (load.mapBox) bareUrl = `${server.origin}${BARE}?w=${load.mapBox.width}&h=${load.mapBox.height}`;
      return load;
    },
    [NO_PRELOAD_PAGE]: async () => {
      server.setOverride((p) => (p === NO_PRELOAD ? { body: noPreload, type: 'text/html; charset=utf-8' } : null));
      return loadApp(browser, server, `${server.origin}${NO_PRELOAD}`);
    },
    ...Object.fromEntries(options.startupSizes.map((n) => [`${n.toLocaleString('en')} events`, app(n)])),
    [BARE_PAGE]: () => loadBare(browser, server, bareUrl),
  };
  const linkPages = ['default story', NO_PRELOAD_PAGE, BARE_PAGE];
  // Warm the server's gzip cache and the machine, then take turns so load on the machine hits all alike.
  await pages['default story']();
  await pages[BARE_PAGE]();
  const local: Record<string, Load[]> = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  // The embed is loaded once, for its payload: its bytes do not vary between runs.
  local[EMBED_PAGE] = [await app(null, '?embed=1')()];
  for (let run = 0; run < options.runs; run++) {
    for (const [name, load] of Object.entries(pages)) local[name].push(await load());
    console.log(`  run ${run + 1} of ${options.runs} served locally, ${elapsed(options.began)}`);
  }
  const link: Record<string, Load[]> = {};
  if (options.network) {
    server.setLink(SLOW_4G);
    for (let run = 0; run < options.runs; run++) {
      for (const name of linkPages) (link[name] ??= []).push(await pages[name]());
      console.log(`  run ${run + 1} of ${options.runs} on ${SLOW_4G.name}, ${elapsed(options.began)}`);
    }
    server.setLink(null);
  }
  server.setOverride(null);
  return { local, link, linkProfile: SLOW_4G.name };
}

export interface SizeRun {
  readonly load: Load;
  readonly drags: Drag[];
  readonly playback: Playback;
}

async function interaction(browser: Browser, server: BenchServer, feed: StoryFeed, n: number, options: Options): Promise<SizeRun> {
  const { url, override } = feed.use(n);
  server.setOverride(override);
  const bp = await openPage(browser);
  try {
    // A window of one year at the start of the story, for the drags to move.
    const load = await measureLoad(bp, server, `${server.origin}${url}?from=2005-01-01&to=2005-12-31`);
    const drags = await scrub(bp, options.drags, options.dragBudgetSeconds * 1000);
    const playback = await play(bp);
    return { load, drags, playback };
  } finally {
    await bp.close();
    server.setOverride(null);
  }
}

function describeMachine() {
  const chromium = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  })();
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((v) => Number(v.toFixed(1))), chromium, commit };
}

export async function main(args: string[]) {
  // Rewrites report.md from report.json, e.g. after a change to how the report is laid out.
  if (args.includes('--render')) {
    writeReport(JSON.parse(readFileSync('tests/bench/report.json', 'utf8')) as Report, 'tests/bench');
    return;
  }
  const quick = args.includes('--quick');
  const options = { ...(quick ? QUICK : FULL), network: args.includes('--network') };
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: `npm run bench` builds it first; run `npm run build` if you call this script directly.');
  const began = performance.now();
  const machine = describeMachine();
  console.log(`bench: ${machine.cpus} cores, load ${machine.loadAverage.join(' ')}, ${machine.chromium}`);
  const feed = storyFeed([...new Set([...options.sizes, ...options.startupSizes])]);
  const server = await startBenchServer(feed.roots);
  const browser = await launch();
  try {
    console.log(`start-up and payload, ${options.runs} runs each…`);
    const start = await startup(browser, server, feed, { ...options, began });
    console.log(`  done in ${elapsed(began)}`);
    const sizes: Record<string, SizeRun> = {};
    const failures: string[] = [];
    for (const n of options.sizes) {
      console.log(`${n.toLocaleString('en')} events: up to ${options.drags} drags and 10 s of playback…`);
      try {
        sizes[n] = await interaction(browser, server, feed, n, options);
      } catch (e) {
        failures.push(`${n.toLocaleString('en')} events: ${(e as Error).message.split('\n')[0]}`);
      }
      console.log(`  done in ${elapsed(began)}`);
    }
    console.log('loading a 100,000-row CSV…');
    const csv: CsvLoad = await loadCsv(browser, server, options.runs, options.dragBudgetSeconds * 1000).catch((e: Error) => ({
      available: false as const,
      reason: `failed: ${e.message.split('\n')[0]}`,
    }));
    const report: Report = {
      date: new Date().toISOString(),
      machine: { ...machine, loadAverageAfter: loadavg().map((v) => Number(v.toFixed(1))) },
      durationSeconds: Math.round((performance.now() - began) / 1000),
      options,
      storyFeed: feed.mode,
      startup: start,
      sizes,
      failures,
      csv,
    };
    const dir = quick ? '.tmp/bench' : 'tests/bench';
    writeReport(report, dir);
    console.log(`bench: wrote ${dir}/report.md and ${dir}/report.json in ${elapsed(began)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
