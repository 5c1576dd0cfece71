import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { run, text } from '../helpers';

const part = (max: number) => fc.oneof(fc.constant(''), fc.integer({ min: 0, max }).map(String), fc.constantFrom('x', '1.5', '-1'));

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not. */
function utc(y: number, m: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, m, d);
  return t;
}

/** The naive oracle: does a year, month and day (each possibly blank) name a real span of time? */
function start(y: string, m: string, d: string): number | null {
  if (!/^\d+$/.test(y) || Number(y) > 9999) return null;
  if (m === '') return d === '' ? utc(Number(y), 0, 1).getTime() : null;
  if (!/^\d+$/.test(m) || Number(m) < 1 || Number(m) > 12) return null;
  if (d === '') return utc(Number(y), Number(m) - 1, 1).getTime();
  if (!/^\d+$/.test(d) || Number(d) < 1) return null;
  const t = utc(Number(y), Number(m) - 1, Number(d));
  return t.getUTCDate() === Number(d) ? t.getTime() : null;
}

function end(y: string, m: string, d: string): number | null {
  const s = start(y, m, d);
  if (s === null) return null;
  const next = m === '' ? utc(Number(y) + 1, 0, 1).getTime() : d === '' ? utc(Number(y), Number(m), 1).getTime() : s + 86_400_000;
  return next - 1;
}

const row = fc.record({
  year: fc.oneof(fc.integer({ min: 1990, max: 2030 }).map(String), part(3000)),
  month: part(13),
  day: part(32),
  endYear: fc.oneof(fc.constant(''), fc.integer({ min: 1990, max: 2030 }).map(String)),
  endMonth: part(13),
  endDay: part(32),
  // Headlines are HTML: plain words here, so that only the dates decide (html.test.ts covers markup).
  headline: fc.oneof(fc.constant(''), fc.constant(' '), fc.stringMatching(/^[A-Za-z0-9 ]{1,10}$/)),
});

type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function loads(r: Row): boolean {
  if (r.headline.trim() === '' || r.year === '') return false;
  const s = start(r.year, r.month, r.day);
  if (s === null) return false;
  if (r.endYear === '') return r.endMonth === '' && r.endDay === '';
  const e = end(r.endYear, r.endMonth, r.endDay);
  return e !== null && e >= s;
}

describe('TimelineJS sheets of random dates', () => {
  it('load exactly the rows a naive calendar accepts, and report every other one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const csv = Papa.unparse([
          ['Year', 'Month', 'Day', 'End Year', 'End Month', 'End Day', 'Headline', 'Latitude', 'Longitude'],
          ...rows.map((r) => [r.year, r.month, r.day, r.endYear, r.endMonth, r.endDay, r.headline, '52', '4']),
        ]);
        const outcome = await run(text(csv));
        const loaded = new Set(outcome.ok ? outcome.story.events.map((e) => e.id) : []);
        const errors = new Set(outcome.report?.problems.filter((p) => p.severity === 'error').map((p) => p.row));
        rows.forEach((r, i) => {
          const n = i + 1;
          expect([n, loaded.has(String(n))]).toEqual([n, loads(r)]);
          expect([n, errors.has(n)]).toEqual([n, !loads(r)]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
