import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { createGazetteer, type GazetteerFile } from '../../../src/import/gazetteer';
import { importSource } from '../../../src/import/importSource';

/** Timing, not a test: how long 100,000 rows take to import (what the worker does off the main thread). */

const ROWS = 100_000;
const gazetteer = createGazetteer(JSON.parse(readFileSync(new URL('../../../public/gazetteer/places.json', import.meta.url), 'utf8')) as GazetteerFile);
const context = { loadGazetteer: () => Promise.resolve(gazetteer), today: '2024-06-01' };

const acledHeader =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';
const types = ['Protests', 'Riots', 'Battles', 'Violence against civilians', 'Strategic developments'];
const acled = [acledHeader]
  .concat(
    Array.from({ length: ROWS }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
      const lat = (45 + (i % 1000) / 100).toFixed(4);
      const lon = (5 + (i % 700) / 100).toFixed(4);
      return `UKR${i},${day},2020,${1 + (i % 3)},Demonstrations,${types[i % 5]},Peaceful protest,Protesters (Ukraine),,Ukraine,Kyiv,Kyiv,${lat},${lon},${1 + (i % 3)},Source ${i % 50},"On ${day}, an event, with notes that run to a sentence or two.",${i % 4}`;
    }),
  )
  .join('\n');

const names = ['Kyiv', 'Kharkiv', 'Lviv', 'Odesa', 'Dnipro', 'Amsterdam', 'Cambridge', 'Rotterdam', 'Nowhere'];
const timeline = ['Year,Month,Day,Headline,Text,Group,Location']
  .concat(
    Array.from(
      { length: ROWS },
      (_, i) => `${2000 + (i % 24)},${1 + (i % 12)},${1 + (i % 28)},Event ${i},<p>Text of <b>event</b> ${i}</p>,Group ${i % 8},${names[i % names.length]}`,
    ),
  )
  .join('\n');

describe('importSource, 100,000 rows', () => {
  bench(
    'ACLED export with coordinates',
    async () => {
      await importSource({ kind: 'text', name: 'acled.csv', text: acled }, context);
    },
    { iterations: 3, warmupIterations: 1 },
  );

  bench(
    'TimelineJS sheet placed by name',
    async () => {
      await importSource({ kind: 'text', name: 'timeline.csv', text: timeline }, context);
    },
    { iterations: 3, warmupIterations: 1 },
  );

  bench(
    'ACLED export as bytes (decoding included)',
    async () => {
      await importSource({ kind: 'bytes', name: 'acled.csv', bytes: new TextEncoder().encode(acled).buffer as ArrayBuffer }, context);
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
