import { describe, expect, it } from 'vitest';
import { fixture, loaded, text } from '../helpers';

describe('GeoJSON', () => {
  it('reads the documented properties and Point geometries', async () => {
    const { story, report } = await loaded(fixture('events.geojson'));
    expect(report).toMatchObject({ format: 'geojson', encoding: null, delimiter: null, rows: 4, loaded: 4 });
    expect(story.events.map((e) => [e.id, e.title, e.date, e.category])).toEqual([
      ['berlin-raid', 'Offices searched', '2023-04-25', 'raid'],
      ['paris-report', 'Report to parliament', '2023-06/2023-07', 'report'],
      ['vienna-talks', 'Talks in Vienna', '2023-09-12~', 'meeting'],
      ['amsterdam-arrest', 'Arrest at the airport', '2023-11-03', 'raid'],
    ]);
    expect(story.events[0].place).toEqual({ name: 'Berlin', lon: 13.405, lat: 52.52, precision: 'city', country: 'DE' });
    expect(story.events[2].place).toMatchObject({ name: 'Wien', country: 'AT', byName: true });
  });

  it('keeps relations between loaded features and reports the others', async () => {
    const { story, report } = await loaded(fixture('events.geojson'));
    expect(story.relations).toEqual([
      { from: 'paris-report', to: 'berlin-raid', kind: 'related' },
      { from: 'amsterdam-arrest', to: 'berlin-raid', kind: 'related' },
    ]);
    expect(report.problems).toEqual([expect.objectContaining({ row: 4, kind: 'relation', field: 'properties.related', value: 'madrid-missing' })]);
  });

  it('warns about a non-Point geometry and a feature that is not one', async () => {
    const file = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { title: 'Area', date: '2020' } },
        { type: 'Point', coordinates: [0, 0] },
      ],
    };
    const { story, report } = await loaded(text(JSON.stringify(file), 'f.geojson'));
    expect(story.events).toHaveLength(1);
    expect(report.problems.map((p) => [p.row, p.field, p.severity])).toEqual([
      [1, 'geometry.type', 'warning'],
      [1, 'properties.place', 'warning'],
      [2, '', 'error'],
      [2, 'properties.title', 'error'],
      [2, 'properties.date', 'error'],
    ]);
  });
});
