import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupProblems, reportFormatLine, reportSummary, KINDS } from '../../../src/stories/report';
import type { Problem, ProblemKind } from '../../../src/story/problem';

const problem = (row: number | null, kind: ProblemKind, severity: Problem['severity'] = 'error'): Problem => ({
  row,
  id: row === null ? null : `e${row}`,
  field: kind,
  value: 'x',
  message: 'wrong',
  kind,
  severity,
});

const arbitraryProblem = fc.record({
  row: fc.option(fc.nat(1000), { nil: null }),
  id: fc.option(fc.string(), { nil: null }),
  field: fc.string(),
  value: fc.option(fc.string(), { nil: null }),
  message: fc.string(),
  kind: fc.constantFrom(...KINDS),
  severity: fc.constantFrom('error' as const, 'warning' as const),
});

describe('groupProblems', () => {
  it('groups by kind in the fixed order, each group in row order with the file-wide problems first', () => {
    const groups = groupProblems([problem(3, 'place', 'warning'), problem(2, 'date'), problem(null, 'date'), problem(1, 'date', 'warning')]);
    expect(groups.map((g) => g.label)).toEqual(['Dates', 'Places']);
    expect(groups[0].problems.map((p) => p.row)).toEqual([null, 1, 2]);
    expect(groups[0]).toMatchObject({ errors: 2, warnings: 1 });
    expect(groups[1]).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('returns no groups for no problems', () => {
    expect(groupProblems([])).toEqual([]);
  });

  it('keeps every problem exactly once, and the counts add up', () => {
    fc.assert(
      fc.property(fc.array(arbitraryProblem, { maxLength: 60 }), (problems) => {
        const groups = groupProblems(problems);
        const all = groups.flatMap((g) => g.problems);
        expect(all.length).toBe(problems.length);
        expect(new Set(all)).toEqual(new Set(problems));
        for (const g of groups) {
          expect(g.errors + g.warnings).toBe(g.problems.length);
          expect(g.problems.every((p) => p.kind === g.kind)).toBe(true);
        }
        expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
      }),
    );
  });
});

describe('reportSummary', () => {
  it('gives the counts of the issue’s example', () => {
    expect(reportSummary({ rows: 20, loaded: 20, withProblems: 12, notOnMap: 3 })).toBe(
      '20 events loaded from 20 rows; 12 rows with problems (3 not on the map).',
    );
  });

  it('says how many rows were left out, so the numbers add up to the rows in the file', () => {
    expect(reportSummary({ rows: 24, loaded: 20, withProblems: 6, notOnMap: 0 })).toBe('20 events loaded from 24 rows, 4 rows left out; 6 rows with problems.');
  });

  it('writes large numbers with thousands separators', () => {
    expect(reportSummary({ rows: 100_000, loaded: 99_000, withProblems: 1_500, notOnMap: 1_200 })).toBe(
      '99,000 events loaded from 100,000 rows, 1,000 rows left out; 1,500 rows with problems (1,200 not on the map).',
    );
  });

  it('uses the singular for one', () => {
    expect(reportSummary({ rows: 1, loaded: 1, withProblems: 1, notOnMap: 1 })).toBe('1 event loaded from 1 row; 1 row with problems (1 not on the map).');
    expect(reportSummary({ rows: 3, loaded: 3, withProblems: 0, notOnMap: 0 })).toBe('3 events loaded from 3 rows; no rows with problems.');
  });
});

describe('reportFormatLine', () => {
  it('names the format, the encoding and the delimiter that were used', () => {
    expect(reportFormatLine({ format: 'timelinejs', encoding: 'windows-1252', delimiter: ';' })).toBe(
      'Read as TimelineJS sheet, windows-1252, semicolon-separated.',
    );
    expect(reportFormatLine({ format: 'geojson', encoding: null, delimiter: null })).toBe('Read as GeoJSON.');
  });
});
