import { describe, expect, it } from 'vitest';
import { fixture, loaded } from '../helpers';

describe('ACLED exports', () => {
  it('keep the ids, read time_precision and geo_precision, and take event_type as the category', async () => {
    const { story, report } = await loaded(fixture('acled.csv'));
    expect(report).toMatchObject({ format: 'acled', rows: 5, loaded: 5, withProblems: 0, notOnMap: 0 });
    expect(story.events.map((e) => [e.id, e.date, e.place?.precision, e.place?.country])).toEqual([
      ['NLD1001', '2024-01-15', 'city', 'NL'],
      ['NLD1002', '2024-01-22~', 'city', 'NL'],
      ['NLD1003', '2024-02', 'region', 'NL'],
      ['DEU2001', '2024-03-15', 'region', 'DE'],
      ['BEL3001', '2024-04-02', 'city', 'BE'],
    ]);
    expect(story.categories.map((c) => c.id)).toEqual(['protests', 'strategic-developments', 'violence-against-civilians']);
    expect(story.credits).toMatch(/ACLED/);
    expect(story.article).toBeUndefined();
  });

  it('write a title, a summary with source and fatalities, and the actors', async () => {
    const { story } = await loaded(fixture('acled.csv'));
    expect(story.events[3]).toMatchObject({
      title: 'Attack in Düsseldorf',
      summary: 'On 15 March 2024, an unidentified group attacked a shopkeeper.\nSource: WDR.\nFatalities: 1.',
      actors: ['Unidentified Armed Group (Germany)', 'Civilians (Germany)'],
    });
  });

  it('place a row without coordinates by location, admin1 and country', async () => {
    const { story } = await loaded(fixture('acled.csv'));
    expect(story.events[4].place).toMatchObject({ name: 'Brussels', country: 'BE', precision: 'city', byName: true });
  });
});
