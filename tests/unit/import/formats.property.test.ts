import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { loadStory } from '../../../src/story/load';
import type { ImportOutcome } from '../../../src/import/types';
import { PAYLOADS } from '../../fixtures/hostile/payloads';
import { run, text } from './helpers';
import { TEMPLATE_COLUMNS } from '../../../src/export/data/csv';

/** Any cell: random text, a hostile payload, or something a column might half-expect. */
const cell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom('', '2023-02-31', '2023', '2023-05-06', '-0', 'NaN', '1e999', '52.1', '181', 'city', 'NL', '__proto__'),
);

/** Each format's header and a row of it that loads; the property tests spoil such rows cell by cell. */
const SHEETS = {
  'csv-template': {
    header: [...TEMPLATE_COLUMNS],
    row: (i: number) => [
      `e${i}`,
      'Title',
      '2023-05-06',
      '',
      'Raid',
      'Berlin',
      '52.5',
      '13.4',
      'city',
      'DE',
      'Summary',
      'https://example.org/',
      'Source',
      'Publisher',
      'A;B',
      '',
    ],
  },
  timelinejs: {
    header: [
      'Year',
      'Month',
      'Day',
      'Time',
      'End Year',
      'End Month',
      'End Day',
      'End Time',
      'Display Date',
      'Headline',
      'Text',
      'Media',
      'Media Credit',
      'Media Caption',
      'Media Thumbnail',
      'Type',
      'Group',
      'Background',
      'Alt Text',
      'Latitude',
      'Longitude',
    ],
    row: (i: number) => [
      '2023',
      '5',
      String((i % 28) + 1),
      '',
      '',
      '',
      '',
      '',
      '',
      `Headline ${i}`,
      '<p>Text</p>',
      '',
      '',
      '',
      '',
      '',
      'Group',
      '',
      '',
      '52.5',
      '13.4',
    ],
  },
  acled: {
    header: [
      'event_id_cnty',
      'event_date',
      'year',
      'time_precision',
      'disorder_type',
      'event_type',
      'sub_event_type',
      'actor1',
      'actor2',
      'country',
      'admin1',
      'location',
      'latitude',
      'longitude',
      'geo_precision',
      'source',
      'notes',
      'fatalities',
    ],
    row: (i: number) => [
      `X${i}`,
      '2023-05-06',
      '2023',
      '1',
      'Demonstrations',
      'Protests',
      'Peaceful protest',
      'Protesters',
      '',
      'Germany',
      'Berlin',
      'Berlin',
      '52.5',
      '13.4',
      '1',
      'NOS',
      'Notes',
      '0',
    ],
  },
} as const;

/** A valid story or a reported error: a loaded story passes the app's own loader, and the report adds up. */
function expectValidOrReported(outcome: ImportOutcome) {
  if (!outcome.ok) {
    expect(outcome.message.length).toBeGreaterThan(0);
    return;
  }
  const checked = loadStory(outcome.story);
  expect(checked.ok && checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(outcome.report.loaded).toBe(outcome.story.events.length);
  for (const p of outcome.report.problems) expect(typeof p.message).toBe('string');
}

describe('every importer, on random and hostile input', () => {
  it.each(Object.entries(SHEETS))('%s sheets give a valid story or a reported error, never a throw', async (_, { header, row }) => {
    // Rows that load, with random cells put in random columns; and now and then a row of nothing but random cells.
    const spoilt = fc.array(fc.tuple(fc.nat(header.length - 1), cell), { maxLength: 4 });
    const random = fc.array(cell, { minLength: header.length, maxLength: header.length });
    const sheet = fc.array(fc.oneof({ arbitrary: spoilt, weight: 4 }, { arbitrary: random, weight: 1 }), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(sheet, async (specs) => {
        const rows = specs.map((spec, i) => {
          if (typeof spec[0] === 'string') return spec as string[];
          const cells: string[] = [...row(i)];
          for (const [column, value] of spec as [number, string][]) cells[column] = value;
          return cells;
        });
        expectValidOrReported(await run(text(Papa.unparse([[...header], ...rows]))));
      }),
      { numRuns: 80 },
    );
  });

  const value = fc.oneof(cell, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(cell, { maxLength: 3 }));
  const properties = fc.dictionary(
    fc.constantFrom('id', 'title', 'name', 'date', 'start', 'end', 'category', 'type', 'summary', 'place', 'country', 'precision', 'actors', 'related'),
    value,
  );
  const geometry = fc.oneof(
    fc.constant(null),
    fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(fc.double(), fc.double()) }),
    fc.record({ type: fc.constantFrom('Point', 'LineString', 'Polygon'), coordinates: fc.jsonValue() }),
  );

  it('GeoJSON gives a valid story or a reported error, never a throw', async () => {
    const feature = fc.record({ type: fc.constant('Feature'), id: fc.option(cell), geometry, properties: fc.option(properties) });
    await fc.assert(
      fc.asyncProperty(fc.array(feature, { maxLength: 12 }), async (features) => {
        expectValidOrReported(await run(text(JSON.stringify({ type: 'FeatureCollection', features }), 'random.geojson')));
      }),
      { numRuns: 120 },
    );
  });

  it('story JSON gives a valid story or a reported error, never a throw', async () => {
    const place = fc.record({ name: cell, lon: fc.double(), lat: fc.double(), precision: cell, country: cell }, { requiredKeys: [] });
    const event = fc.record(
      {
        id: cell,
        title: cell,
        date: cell,
        category: cell,
        place: fc.oneof(place, fc.constant(null)),
        summary: value,
        passage: value,
        actors: value,
        sources: fc.array(fc.record({ url: cell, title: cell, publisher: cell }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    const story = fc.record(
      {
        id: cell,
        title: cell,
        categories: fc.array(fc.record({ id: cell, label: cell }), { maxLength: 4 }),
        events: fc.array(event, { maxLength: 10 }),
        relations: fc.array(fc.record({ from: cell, to: cell, kind: cell }), { maxLength: 3 }),
        chapters: fc.array(fc.record({ id: cell, title: cell, text: cell, events: fc.array(cell), window: cell }), { maxLength: 2 }),
      },
      { requiredKeys: ['events'] },
    );
    await fc.assert(
      fc.asyncProperty(story, async (file) => {
        expectValidOrReported(await run(text(JSON.stringify(file), 'random.json')));
      }),
      { numRuns: 120 },
    );
  });
});
