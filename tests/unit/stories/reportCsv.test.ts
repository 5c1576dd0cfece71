import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseCell, reportToCsv } from '../../../src/stories/reportCsv';
import type { Problem } from '../../../src/story/problem';

const base: Problem = { row: 4, id: 'EUR1', field: 'latitude', value: '95', message: 'out of range', kind: 'place', severity: 'error' };

describe('neutraliseCell', () => {
  it('makes a cell that a spreadsheet would run as a formula into text', () => {
    for (const formula of ['=HYPERLINK("http://evil","x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseCell(formula)).toBe(`'${formula}`);
    }
  });

  it('leaves other text alone', () => {
    expect(neutraliseCell('Amsterdam')).toBe('Amsterdam');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell("'quoted")).toBe("'quoted");
  });

  it('never leaves a formula start, and keeps the text after the guard', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = neutraliseCell(text);
        expect(safe).not.toMatch(/^[=+\-@\t\r]/);
        expect(safe.endsWith(text)).toBe(true);
      }),
    );
  });
});

describe('reportToCsv', () => {
  it('writes a header, one line per problem, and a BOM for spreadsheet programs', () => {
    expect(reportToCsv([base])).toBe('\uFEFFrow,id,kind,severity,field,value,message\r\n4,EUR1,place,error,latitude,95,out of range\r\n');
  });

  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    const csv = reportToCsv([{ ...base, row: null, id: null, value: '=HYPERLINK("http://x","y")', message: 'a, "b"\nc' }]);
    expect(csv.split('\r\n')[1]).toBe(`,,place,error,latitude,"'=HYPERLINK(""http://x"",""y"")","a, ""b""\nc"`);
  });

  it('writes a missing value as an empty cell', () => {
    expect(reportToCsv([{ ...base, value: null }]).split('\r\n')[1]).toBe('4,EUR1,place,error,latitude,,out of range');
  });
});
