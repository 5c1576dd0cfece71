import { describe, expect, it } from 'vitest';
import { fixture, loaded } from '../helpers';

describe('TimelineJS sheets', () => {
  it('map Year/Month/Day to the precision given, End columns to an interval, HTML to text, Group to the category', async () => {
    const { story, report } = await loaded(fixture('timelinejs-coordinates.csv'));
    expect(report).toMatchObject({ format: 'timelinejs', rows: 5, loaded: 5, withProblems: 0, notOnMap: 0 });
    expect(story.events.map((e) => [e.id, e.date, e.category])).toEqual([
      ['2', '2023-03-14', 'inspection'],
      ['3', '2023-05', 'inspection'],
      ['4', '2023', 'report'],
      ['5', '2023-09-01/2023-11-30', 'politics'],
      ['6', '2024-02-06', 'report'],
    ]);
    expect(story.events[0].summary).toBe("Auditors start reviewing the port's crane software & logistics systems.");
    expect(story.events[2].summary).toBe('A review that ran all year.');
    expect(story.events[3].summary).toBe('Hearings\nWritten questions');
    expect(story.categories).toEqual([
      { id: 'inspection', label: 'Inspection' },
      { id: 'report', label: 'Report' },
      { id: 'politics', label: 'Politics' },
    ]);
  });

  it('take the title slide as the story title and standfirst, not as an event or a row', async () => {
    const { story, report } = await loaded(fixture('timelinejs-coordinates.csv'));
    expect(story).toMatchObject({ title: 'Harbour cranes under scrutiny', standfirst: 'A made-up timeline for tests: five events around the North Sea.' });
    expect(story.events.map((e) => e.title)).not.toContain('Harbour cranes under scrutiny');
    expect(report.problems).toEqual([]);
  });

  it('place rows without coordinates by their Location, never by their text', async () => {
    const { story, report } = await loaded(fixture('timelinejs-places.csv'));
    expect(report).toMatchObject({ rows: 7, loaded: 7, withProblems: 3, notOnMap: 3 });
    const place = (id: string) => story.events.find((e) => e.id === id)?.place;
    expect(place('1')).toMatchObject({ name: 'dusseldorf', country: 'DE', precision: 'city', byName: true });
    expect(place('4')).toMatchObject({ name: 'Cambridge, UK', country: 'GB', byName: true });
    expect(place('7')).toMatchObject({ country: 'BR', byName: true });
    expect(place('2')).toBeUndefined();
    expect(place('6')).toBeUndefined();
    expect(report.ambiguous).toEqual([
      {
        row: 2,
        eventId: '2',
        query: 'Cambridge',
        candidates: [expect.objectContaining({ name: 'Cambridge', country: 'GB' }), expect.objectContaining({ name: 'Cambridge', country: 'NZ' })],
      },
    ]);
    expect(report.problems.map((p) => [p.row, p.field, p.value, p.message.split(':')[0]])).toEqual([
      [2, 'Location', 'Cambridge', 'not on the map'],
      [5, 'Location', 'Oud-Zuilen-aan-de-Vecht', 'not on the map'],
      [6, 'Location', null, 'not on the map'],
    ]);
  });

  it('report impossible days, a day without a month, and an end before the start', async () => {
    const csv = [
      'Year,Month,Day,End Year,End Month,End Day,Headline',
      '2023,2,29,,,,a',
      '2023,,4,,,,b',
      '2023,5,1,2023,4,,c',
      '2023,5,1,,6,,d',
      'MMXX,,,,,,e',
    ].join('\n');
    const { report } = await loaded({ kind: 'text', name: 't.csv', text: `${csv}\n2023,1,1,,,,ok\n` });
    expect(report.problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [1, 'Day', '29 February 2023 does not exist'],
      [2, 'Day', 'a day is given without a month'],
      [3, 'End Year', 'the end (2023-04) is before the start (2023-05-01)'],
      [4, 'End Year', 'an End Month or End Day is given without an End Year'],
      [5, 'Year', '"MMXX" is not a year (use four digits, such as 2019)'],
      [6, 'location', 'not on the map: no coordinates and no place name'],
    ]);
    expect(report.loaded).toBe(1);
  });
});
