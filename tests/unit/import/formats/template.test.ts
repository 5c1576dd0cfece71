import { describe, expect, it } from 'vitest';
import { fixture, loaded } from '../helpers';

describe('the CSV template', () => {
  it('reads every column', async () => {
    const { story, report } = await loaded(fixture('template.csv'));
    expect(report).toMatchObject({ format: 'csv-template', rows: 4, loaded: 4, withProblems: 0 });
    expect(story.events[0]).toEqual({
      id: 'rotterdam-audit',
      title: 'Port audit begins',
      date: '2023-03-14',
      category: 'inspection',
      place: { name: 'Rotterdam', lon: 4.4792, lat: 51.9225, precision: 'city', country: 'NL' },
      summary: 'Auditors start reviewing crane software.',
      actors: ['Port authority'],
      sources: [{ url: 'https://example.org/audit', title: 'Audit announced', publisher: 'Example News' }],
    });
    expect(story.events[2]).toMatchObject({ date: '2023-09-01/2023-11-30', place: { precision: 'country' } });
    expect(story.events[3]).toMatchObject({ date: '2023-10~', place: { name: 'Utrecht', byName: true } });
    expect(story.relations).toHaveLength(3);
  });

  it('lists every problem of the bad-rows file and loads its good rows', async () => {
    const { story, report } = await loaded(fixture('bad-rows.csv'));
    expect(report.problems.map((p) => [p.row, p.field, p.value, p.severity, p.message])).toEqual([
      [2, 'date', '2023-02-31', 'error', '31 February 2023 does not exist'],
      [3, 'date', null, 'error', 'has no date'],
      [4, 'date', 'next Tuesday', 'error', expect.stringMatching(/^"next Tuesday" is not a supported date/)],
      [5, 'end', '2023-04-01', 'error', 'the end (2023-04-01) is before the start (2023-05-10)'],
      [6, 'id', null, 'warning', 'no id; the row number 6 is used'],
      [7, 'title', null, 'error', 'has no title'],
      [8, 'lat', '139.6917', 'warning', 'latitude 139.6917 is beyond ±90 but longitude 35.6895 would be a latitude: read as swapped'],
      [9, 'lat', '95', 'warning', 'is outside −90 to 90'],
      [9, 'place', 'Somewhere', 'warning', 'not on the map: no place of this name in the gazetteer'],
      [10, 'lat', 'north', 'warning', 'is not a number'],
      [10, 'place', 'Nowhere in particular', 'warning', 'not on the map: no place of this name in the gazetteer'],
      [11, 'lon', 'Infinity', 'warning', 'is not a finite number'],
      [12, 'id', 'ok-1', 'error', 'is already the id of row 1; this row is left out'],
    ]);
    expect(story.events.map((e) => e.id)).toEqual(['ok-1', '6', 'swapped', 'out-of-range', 'not-a-number', 'infinite']);
    expect(story.events[2].place).toMatchObject({ lat: 35.6895, lon: 139.6917 });
    expect(report).toMatchObject({ rows: 12, loaded: 6, withProblems: 11, notOnMap: 2 });
  });
});
