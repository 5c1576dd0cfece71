import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/import/types';
import { fixture, loaded, run, text } from './helpers';

async function failure(source: Parameters<typeof run>[0]): Promise<string> {
  const outcome = await run(source);
  if (outcome.ok) throw new Error(`expected ${source.name} to be refused`);
  return outcome.message;
}

const bytes = (array: Uint8Array, name = 'file.csv') => ({ kind: 'bytes' as const, name, bytes: array.buffer as ArrayBuffer });

describe('importSource', () => {
  describe('refuses what it cannot read, saying why', () => {
    it('an empty file', async () => {
      expect(await failure(bytes(new Uint8Array()))).toBe('The file is empty.');
    });
    it('a header alone', async () => {
      expect(await failure(text('id,title,date\n'))).toMatch(/header but no rows/);
    });
    it('a million empty lines', async () => {
      expect(await failure(text('\n'.repeat(1_000_000)))).toMatch(/only blank lines/);
      expect(await failure(text(`id,title,date${'\r\n'.repeat(1_000_000)}`))).toMatch(/header but no rows/);
    });
    it('binary data and workbooks', async () => {
      expect(await failure(bytes(Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)))).toMatch(/not text/);
      expect(await failure(bytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'sheet.xlsx'))).toMatch(/Excel \.xlsx/);
    });
    it('a 50 MB cell', async () => {
      expect(await failure(text(`id,title,date\n1,"${'x'.repeat(50 * 1024 * 1024)}",2020\n`))).toMatch(/Row 1, column "title" holds 52,428,800 characters/);
    });
    it('a file of no known format, naming its header', async () => {
      expect(await failure(fixture('not-a-format.csv'))).toMatch(/not a format the app knows: its first line reads "name", "price", "quantity"/);
      expect(await failure(text('{"type":"Topology"}', 'x.json'))).toMatch(/neither a GeoJSON FeatureCollection nor a story/);
    });
    it('JSON with prototype keys', async () => {
      expect(await failure(text('{"events":[{"__proto__":{"x":1}}]}', 'x.json'))).toMatch(/key named "__proto__"/);
      expect(await failure(text('{"type":"FeatureCollection","features":[],"constructor":{}}', 'x.json'))).toMatch(/"constructor"/);
    });
    it('a file whose every row has an error, with the report', async () => {
      const outcome = await run(text('id,title,date\na,,2020\nb,B,2020-02-30\n'));
      expect(outcome).toMatchObject({ ok: false, message: 'None of the 2 rows could be loaded; the report lists why.', report: { rows: 2, loaded: 0 } });
    });
  });

  describe('reads the bytes in their encoding', () => {
    it.each([
      ['windows-1252.csv', 'windows-1252', 'Réunion à Lyon', 'Café crème – “quoted” text.'],
      ['utf-16.csv', 'UTF-16LE', 'Treffen in Köln', 'Ein Treffen.'],
      ['semicolon.csv', 'UTF-8', 'Haven geïnspecteerd', 'Een inspectie; de puntkomma in deze tekst staat tussen aanhalingstekens.'],
    ])('%s as %s', async (name, encoding, title, summary) => {
      const { story, report } = await loaded(fixture(name));
      expect(report.encoding).toBe(encoding);
      expect(story.events[0]).toMatchObject({ title, summary });
    });

    it('a UTF-8 file with a byte-order mark', async () => {
      const csv = new TextEncoder().encode('\uFEFFid,title,date\nx,Über,2020\n');
      const { story, report } = await loaded(bytes(csv));
      expect(report.encoding).toBe('UTF-8 with BOM');
      expect(story.events[0]).toMatchObject({ id: 'x', title: 'Über' });
    });

    it('semicolons with decimal commas', async () => {
      const { story, report } = await loaded(fixture('semicolon.csv'));
      expect(report.delimiter).toBe(';');
      expect(story.events[0].place).toMatchObject({ lat: 51.2194, lon: 4.4025, country: 'BE' });
      expect(story.events[1].title).toBe('Gesprek; openbaar');
    });

    it('the delimiter named by an Excel "sep=" line', async () => {
      const { report, story } = await loaded(text('sep=;\nid;title;date\na;A, B;2020\n'));
      expect(report.delimiter).toBe(';');
      expect(story.events[0]).toMatchObject({ id: 'a', title: 'A, B' });
    });

    it('tabs', async () => {
      const { report, story } = await loaded(text('id\ttitle\tdate\na\tA, with a comma\t2020-05\n'));
      expect(report.delimiter).toBe('\t');
      expect(story.events[0]).toMatchObject({ title: 'A, with a comma', date: '2020-05' });
    });
  });

  it("reports what the app's own check refuses at the sheet row it came from", async () => {
    const { story, report } = await loaded(text(`id,title,date\na,A,2020\nb,${'x'.repeat(301)},2020\nc,C\uD800,2020\n`));
    expect(story.events.map((e) => e.id)).toEqual(['a']);
    const titles = report.problems.filter((p) => p.kind === 'title');
    expect(titles.map((p) => [p.row, p.field, p.severity, p.message])).toEqual([
      [2, 'title', 'error', 'is longer than 300 characters'],
      [3, 'title', 'error', 'contains a broken character (a lone surrogate)'],
    ]);
    expect(report).toMatchObject({ rows: 3, loaded: 1, withProblems: 3, notOnMap: 1 });
  });

  it('reports cells beyond the header, and reads short rows', async () => {
    const { story, report } = await loaded(text('id,title,date,lat,lon\na,A,2020,52,4,oops,more\nb,B,2021\n'));
    expect(story.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(report.problems.filter((p) => p.kind === 'field')).toMatchObject([
      {
        row: 1,
        id: 'a',
        field: '',
        value: 'oops,more',
        message: 'has 7 cells but the header names 5 columns; the cells after the last column are not read',
        kind: 'field',
        severity: 'warning',
      },
    ]);
  });

  it('reports progress through every phase, ending each at its total', async () => {
    const seen: ImportProgress[] = [];
    await run(fixture('timelinejs-places.csv'), { onProgress: (p) => seen.push(p) });
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['reading', 'parsing', 'placing', 'validating']);
    for (const phase of ['reading', 'parsing', 'validating'] as const)
      expect(seen.filter((p) => p.phase === phase).at(-1)).toMatchObject({ done: expect.any(Number) });
    expect(seen.find((p) => p.phase === 'parsing' && p.done === p.total)).toMatchObject({ total: 7 });
  });

  it('loads the gazetteer only when a row needs it', async () => {
    let loads = 0;
    const counting = () => {
      loads++;
      return Promise.reject(new Error('offline'));
    };
    await run(fixture('timelinejs-coordinates.csv'), { loadGazetteer: counting });
    expect(loads).toBe(0);
    const outcome = await run(fixture('timelinejs-places.csv'), { loadGazetteer: counting });
    expect(loads).toBe(1);
    expect(outcome.ok && outcome.report).toMatchObject({ loaded: 7, notOnMap: 7 });
    expect(outcome.report?.problems[0]).toMatchObject({
      row: null,
      kind: 'file',
      severity: 'warning',
      message: expect.stringMatching(/gazetteer could not be loaded \(offline\)/),
    });
  });
});
