import { describe, expect, it } from 'vitest';
import { storyMeta } from '../../../src/import/storyWords';

describe('storyMeta', () => {
  it('writes what the file does not say in English, and in Dutch as the story’s translation', () => {
    const meta = storyMeta('raids.csv', 'csv-template', '2026-12-01', null, true);
    expect(meta).toMatchObject({
      id: 'raids',
      title: 'raids',
      standfirst: 'Imported from raids.csv.',
      credits: 'Imported from a sheet',
      updated: '2026-12-01',
    });
    expect(meta.translations).toEqual({
      nl: { standfirst: 'Geïmporteerd uit raids.csv.', credits: 'Geïmporteerd uit een spreadsheet', categories: { uncategorised: 'Zonder categorie' } },
    });
  });

  it('leaves the file’s own words as written, even an empty one, and adds no empty translation', () => {
    const meta = storyMeta('x.json', 'story-json', '2026-12-01', null, false, { title: 'Raids', standfirst: '', credits: 'Desk' });
    expect(meta).toMatchObject({ title: 'Raids', standfirst: '', credits: 'Desk' });
    expect(meta).not.toHaveProperty('translations');
  });

  it('names a file without a name in every language', () => {
    const meta = storyMeta('.csv', 'acled', '2026-12-01', null, false);
    expect(meta.title).toBe('Imported story');
    expect(meta.translations?.nl?.title).toBe('Geïmporteerd verhaal');
  });
});
