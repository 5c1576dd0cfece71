import type { Browser } from 'playwright-core';
import { max } from 'd3-array';
import { openPage } from './browser';
import { APP, type BenchServer } from './server';
import { syntheticStory } from '../synthetic';

export const CSV_ROWS = 100_000;

/** Loading a CSV file through the app's import, from picking the file to the map drawn. */
export type CsvLoad =
  | { readonly available: false; readonly reason: string }
  | {
      readonly available: true;
      readonly runs: {
        /** From picking the file until the map is idle with the new story, ms. */
        readonly toMapDrawn: number;
        /** Until the list shows the imported events, ms. */
        readonly toListed: number;
        /** The longest main-thread task meanwhile, ms. */
        readonly longestTask: number;
        /** Whether a progress indicator (role progressbar or status) was seen while loading. */
        readonly progressShown: boolean;
        /** The largest JS heap seen, polled every 100 ms, bytes. */
        readonly peakHeap: number;
      }[];
    };

const quote = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The synthetic story as a spreadsheet export: one row per event, the columns an ACLED-like export has. */
export function syntheticCsv(rows: number): Buffer {
  const header = ['id', 'title', 'date', 'category', 'place', 'latitude', 'longitude', 'precision', 'country', 'summary'];
  const lines = syntheticStory(rows).events.map((e) => {
    const { name = '', lat = NaN, lon = NaN, precision = '', country = '' } = e.place ?? {};
    return [e.id, e.title, e.date, e.category, name, lat.toFixed(5), lon.toFixed(5), precision, country, e.summary].map(quote).join(',');
  });
  return Buffer.from([header.join(','), ...lines].join('\n'));
}

export async function loadCsv(browser: Browser, server: BenchServer, runs: number): Promise<CsvLoad> {
  const bp = await openPage(browser);
  try {
    await bp.page.goto(`${server.origin}${APP}`);
    await bp.settle(500);
    if ((await bp.page.locator('input[type="file"]').count()) === 0) {
      return { available: false, reason: 'not available yet: the built app has no file input to import a CSV with' };
    }
  } finally {
    await bp.close();
  }
  const file = { name: `synthetic-${CSV_ROWS}.csv`, mimeType: 'text/csv', buffer: syntheticCsv(CSV_ROWS) };
  const results = [];
  for (let run = 0; run < runs; run++) {
    const session = await openPage(browser);
    try {
      const { page } = session;
      await page.goto(`${server.origin}${APP}`);
      await session.settle(500);
      let peakHeap = 0;
      let progressShown = false;
      let polling = true;
      const poll = (async () => {
        while (polling) {
          peakHeap = Math.max(peakHeap, (await session.counters()).heapUsed);
          if (!progressShown) progressShown = (await page.getByRole('progressbar').count()) > 0;
          await page.waitForTimeout(100);
        }
      })();
      const picked = await page.evaluate(() => performance.now());
      await page.locator('input[type="file"]').first().setInputFiles(file);
      await page
        .getByText(new RegExp(`of ${CSV_ROWS.toLocaleString('en')}|of ${CSV_ROWS} events`))
        .first()
        .waitFor({ timeout: 120_000 });
      const listed = await page.evaluate(() => performance.now());
      const idle = await session.settle(1000, 120_000);
      polling = false;
      await poll;
      const probe = await session.probe();
      results.push({
        toMapDrawn: (max(probe.repaints, (r) => r[2]) ?? idle) - picked,
        toListed: listed - picked,
        longestTask:
          max(
            probe.longTasks.filter((t) => t[0] >= picked),
            (t) => t[1],
          ) ?? 0,
        progressShown,
        peakHeap,
      });
    } finally {
      await session.close();
    }
  }
  return { available: true, runs: results };
}
