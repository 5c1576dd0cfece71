import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { neutralise, unneutralise } from '../../../../src/export/data/neutralise';
import { readFileSync } from 'node:fs';
import { blankTemplate, selectionCsv, TEMPLATE_COLUMNS } from '../../../../src/export/data/csv';
import { makeStory } from '../../fixtures';

describe('neutralise', () => {
  it('prefixes cells a spreadsheet would run as a formula with an apostrophe', () => {
    for (const cell of ['=1+2', '+31 20', '-x', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")']) expect(neutralise(cell), cell).toBe(`'${cell}`);
  });

  it('leaves other text and plain numbers alone', () => {
    for (const cell of ['Amsterdam', '', ' =1', 'a=b', '-3.75', '+4', '-1e5', '2019-03-15', "'quoted"]) expect(neutralise(cell), cell).toBe(cell);
  });

  it('adds one more apostrophe to a cell that already looks neutralised', () => {
    expect(neutralise("'=1")).toBe("''=1");
  });

  it('is undone by unneutralise, and never leaves a formula-like cell behind (property)', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'").chain((c) => fc.string().map((s) => c + s)),
    );
    fc.assert(
      fc.property(cell, (c) => {
        const safe = neutralise(c);
        expect(unneutralise(safe)).toBe(c);
        if (/^[=+@\t\r-]/.test(safe)) expect(Number.isFinite(Number(safe))).toBe(true);
      }),
    );
  });
});

describe('selectionCsv', () => {
  const story = makeStory([
    { id: 'formula', date: '2019-03/2019-05', place: { name: '=cmd|calc', lon: -3.7038, lat: 40.4168, precision: 'region', country: 'ES' } },
    { id: 'unplaced', date: '2020~', place: null },
  ]);

  it('writes the template columns, an interval as date and end, and neutralised cells', () => {
    const [header, first, second] = Papa.parse<string[]>(selectionCsv(story, story.events)).data;
    expect(header).toEqual([...TEMPLATE_COLUMNS]);
    // The blank template a journalist downloads has the same header.
    expect(readFileSync(new URL('../../../../public/templates/incident-atlas-template.csv', import.meta.url), 'utf8')).toBe(blankTemplate());
    expect(first.slice(0, 10)).toEqual(['formula', 'Event formula', '2019-03', '2019-05', 'Label cyber', "'=cmd|calc", '40.4168', '-3.7038', 'region', 'ES']);
    expect(second.slice(0, 10)).toEqual(['unplaced', 'Event unplaced', '2020~', '', 'Label cyber', '', '', '', '', '']);
  });
});
