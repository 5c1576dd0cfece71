import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import type { ImportReport } from '../../../src/import/types';
import { run, text } from './helpers';

const HEADER = ['id', 'title', 'date', 'end', 'category', 'place', 'lat', 'lon', 'precision', 'country', 'summary', 'related'];

/** A row that must load: a unique id, a title, a real day, coordinates in range. */
const validRow = fc.record({
  title: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
  date: fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  category: fc.constantFrom('', 'Raid', 'Cyber attack', 'Arrest', 'Überfall'),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  summary: fc.string({ maxLength: 40 }),
});

/** A row that must be left out: no title, or a date that cannot be. */
const invalidRow = fc.oneof(
  fc.record({ title: fc.constant(''), date: fc.constant('2023-01-01') }),
  fc.record({ title: fc.constant('A title'), date: fc.constantFrom('2023-02-30', '2021-02-29', '2023-13-01', 'soon', '') }),
);

type Spec = { valid: true; row: typeof validRow extends fc.Arbitrary<infer T> ? T : never } | { valid: false; row: { title: string; date: string } };

const sheet = fc.array(
  fc.oneof(
    validRow.map((row): Spec => ({ valid: true, row })),
    invalidRow.map((row): Spec => ({ valid: false, row })),
  ),
  {
    minLength: 1,
    maxLength: 40,
  },
);

function csv(specs: readonly Spec[], delimiter = ','): string {
  const rows = specs.map((spec, i) => {
    const r = spec.row as Record<string, unknown>;
    return [`e${i + 1}`, r.title, r.date, '', r.category ?? '', '', r.lat ?? '', r.lon ?? '', '', '', r.summary ?? '', ''];
  });
  return Papa.unparse([HEADER, ...rows], { delimiter });
}

function expectCountsAddUp(report: ImportReport, loadedIds: readonly string[], placed: number) {
  const leftOut = new Set(report.problems.filter((p) => p.severity === 'error' && p.row !== null).map((p) => p.row));
  expect(report.loaded + leftOut.size).toBe(report.rows);
  expect(report.loaded).toBe(loadedIds.length);
  expect(report.withProblems).toBe(new Set(report.problems.filter((p) => p.row !== null).map((p) => p.row)).size);
  expect(report.notOnMap).toBe(report.loaded - placed);
}

describe('importSource on random sheets', () => {
  it('never drops a valid row, reports every invalid one, and its counts add up', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, fc.constantFrom(',', ';', '\t'), async (specs, delimiter) => {
        const outcome = await run(text(csv(specs, delimiter)));
        const report = outcome.report;
        if (!report) throw new Error(outcome.ok ? 'no report' : outcome.message);
        const ids = outcome.ok ? outcome.story.events.map((e) => e.id) : [];
        specs.forEach((spec, i) => {
          const row = i + 1;
          if (spec.valid) expect(ids).toContain(`e${row}`);
          else {
            expect(ids).not.toContain(`e${row}`);
            expect(report.problems.some((p) => p.row === row && p.severity === 'error')).toBe(true);
          }
        });
        expect(report.rows).toBe(specs.length);
        expect(report.delimiter).toBe(delimiter);
        expectCountsAddUp(report, ids, outcome.ok ? outcome.story.events.filter((e) => e.place).length : 0);
        expect(outcome.ok).toBe(specs.some((s) => s.valid));
      }),
      { numRuns: 60 },
    );
  });

  it('reads the same events from UTF-8 with a BOM and from UTF-16 as from the text', async () => {
    const encodings = {
      'UTF-8 with BOM': (t: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]),
      'UTF-16LE': (t: string) =>
        Uint8Array.from([0xff, 0xfe, ...Array.from({ length: t.length }, (_, i) => [t.charCodeAt(i) & 0xff, t.charCodeAt(i) >> 8]).flat()]),
    };
    await fc.assert(
      fc.asyncProperty(sheet, fc.constantFrom(...(Object.keys(encodings) as (keyof typeof encodings)[])), async (specs, encoding) => {
        const csvText = csv(specs);
        const fromText = await run(text(csvText));
        const fromBytes = await run({ kind: 'bytes', name: 'pasted.csv', bytes: encodings[encoding](csvText).buffer as ArrayBuffer });
        expect(fromBytes.report?.encoding).toBe(encoding);
        expect(fromBytes.ok && fromBytes.story).toEqual(fromText.ok && fromText.story);
      }),
      { numRuns: 40 },
    );
  });

  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('', '"', ',', ';', '\t', '\n', '\r\n', '2023-02-31', '-0', 'NaN', 'Infinity', '1e999', '__proto__', '<b>x</b>', 'Cambridge'),
  );
  const header = fc.shuffledSubarray(
    ['id', 'title', 'date', 'end', 'lat', 'lon', 'place', 'year', 'month', 'day', 'headline', 'event_id_cnty', 'event_date', 'latitude', 'location', 'related'],
    { minLength: 1 },
  );

  it('never throws on random cells under any mix of known columns, and its counts add up', async () => {
    await fc.assert(
      fc.asyncProperty(header, fc.array(fc.array(cell, { minLength: 16, maxLength: 16 }), { maxLength: 20 }), async (names, rows) => {
        const outcome = await run(text(Papa.unparse([names, ...rows.map((r) => r.slice(0, names.length))])));
        if (outcome.report) {
          const ids = outcome.ok ? outcome.story.events.map((e) => e.id) : [];
          expectCountsAddUp(outcome.report, ids, outcome.ok ? outcome.story.events.filter((e) => e.place).length : 0);
          expect(new Set(ids).size).toBe(ids.length);
        } else expect(outcome.ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const outcome = await run({ kind: 'bytes', name: 'random.bin', bytes: bytes.buffer as ArrayBuffer });
        expect(typeof outcome.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom('events', 'features'), async (value, key) => {
        const outcome = await run(text(JSON.stringify({ type: key === 'features' ? 'FeatureCollection' : undefined, [key]: [value, value] }), 'x.json'));
        if (outcome.report) expect(outcome.report.rows).toBe(2);
      }),
      { numRuns: 150 },
    );
  });
});
