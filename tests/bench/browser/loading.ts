import type { Browser, Page } from 'playwright-core';
import { max } from 'd3-array';
import { openPage } from './browser';
import { APP, type BenchServer } from './server';
import { syntheticStory } from '../synthetic';

export const CSV_ROWS = 100_000;

/** One import of the CSV through the Stories dialog, ms from the moment the file is picked. */
export interface CsvRun {
  /** The import report is shown: the file is read, parsed and validated. */
  readonly toReport: number;
  /** The list counts all imported events (the bench closes the report as soon as it shows). */
  readonly toListed: number;
  /** The map is idle with the new story. */
  readonly toMapDrawn: number;
  /** The longest main-thread task meanwhile, ms. */
  readonly longestTask: number;
  /** Whether a progress bar was seen while the file loaded. */
  readonly progressShown: boolean;
  /** The largest main-thread JS heap seen, polled every 100 ms, bytes (the import worker's heap is not included). */
  readonly peakHeap: number;
  /** Events the report says were loaded. */
  readonly loaded: number;
  /** What went wrong, if the run did not get to the end (the figures it did get are kept). */
  readonly error: string | null;
}

export type CsvLoad = { readonly available: false; readonly reason: string } | { readonly available: true; readonly runs: CsvRun[] };

const quote = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The synthetic story in the app's CSV template (see tests/fixtures/import/template.csv). */
export function syntheticCsv(rows: number): Buffer {
  const header = ['id', 'title', 'date', 'end', 'category', 'place', 'lat', 'lon', 'precision', 'country', 'summary'];
  const lines = syntheticStory(rows).events.map((e) => {
    const { name = '', lat = NaN, lon = NaN, precision = '', country = '' } = e.place ?? {};
    const [date, end] = e.date.split('/');
    return [e.id, e.title, date, end, e.category, name, lat.toFixed(5), lon.toFixed(5), precision, country, e.summary].map(quote).join(',');
  });
  return Buffer.from([header.join(','), ...lines].join('\n'));
}

const storiesButton = (page: Page) => page.getByRole('button', { name: 'Stories' });

/**
 * Imports the CSV `runs` times, each in a fresh context; after the first run it stops once
 * `budgetMs` is spent, since one import of 100,000 rows takes a minute or more on a busy machine.
 */
export async function loadCsv(browser: Browser, server: BenchServer, runs: number, budgetMs = Infinity): Promise<CsvLoad> {
  const began = performance.now();
  const file = { name: `synthetic-${CSV_ROWS}.csv`, mimeType: 'text/csv', buffer: syntheticCsv(CSV_ROWS) };
  const results: CsvRun[] = [];
  for (let run = 0; run < runs; run++) {
    if (run > 0 && performance.now() - began > budgetMs) break;
    const session = await openPage(browser);
    try {
      const { page } = session;
      await page.goto(`${server.origin}${APP}`);
      await page.locator('[aria-label="Map of the events"][aria-busy="false"]').waitFor({ timeout: 120_000 });
      await session.settle(500);
      if ((await storiesButton(page).count()) === 0)
        return { available: false, reason: 'not available yet: the built app has no Stories menu to import a file with' };
      await storiesButton(page).click();
      const dialog = page.getByRole('dialog', { name: 'Stories' });
      let peakHeap = 0;
      let progressShown = false;
      let polling = true;
      const poll = (async () => {
        while (polling) {
          peakHeap = Math.max(peakHeap, (await session.counters()).heapUsed);
          if (!progressShown) progressShown = (await page.getByRole('progressbar').count()) > 0;
          await page.waitForTimeout(100);
        }
      })().catch(() => undefined);
      const times = { reported: NaN, listed: NaN, idle: NaN };
      let loaded = NaN;
      let error: string | null = null;
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose a file…' }).click()]);
      // From the input's change event: Playwright's own hand-over of the file (base64 decoded in the page, a second
      // or more for 10 MB) comes before it, and is no part of what a reader's browser does.
      await page.evaluate(() => {
        const w = window as unknown as { __picked?: number };
        document.addEventListener('change', () => (w.__picked = performance.now()), { capture: true, once: true });
      });
      const now = () => page.evaluate(() => performance.now());
      let picked = NaN;
      try {
        await chooser.setFiles(file);
        picked = await page.evaluate(() => (window as unknown as { __picked?: number }).__picked ?? performance.now());
        const report = page.getByRole('dialog', { name: /^Import report: / });
        await report.waitFor({ timeout: 120_000 });
        times.reported = await now();
        const summary =
          (await report
            .getByText(/events? loaded/)
            .first()
            .textContent()) ?? '';
        loaded = Number((/^([\d,]+) events? loaded/.exec(summary)?.[1] ?? 'NaN').replace(/,/g, ''));
        await report.getByRole('button', { name: 'Close' }).click();
        await page.getByText(new RegExp(`^[\\d,]+ of (${loaded}|${loaded.toLocaleString('en')}) events$`)).waitFor({ timeout: 60_000 });
        times.listed = await now();
        await session.settle(1000, 60_000);
        const probe = await session.probe();
        times.idle = max(probe.repaints, (r) => r[2]) ?? NaN;
      } catch (e) {
        error = (e as Error).message.split('\n')[0];
      }
      polling = false;
      await poll;
      const probe = await session.probe();
      results.push({
        toReport: times.reported - picked,
        toListed: times.listed - picked,
        toMapDrawn: times.idle - picked,
        longestTask:
          max(
            probe.longTasks.filter((t) => t[0] >= picked),
            (t) => t[1],
          ) ?? 0,
        progressShown,
        peakHeap,
        loaded,
        error,
      });
    } finally {
      await session.close();
    }
  }
  return { available: true, runs: results };
}
