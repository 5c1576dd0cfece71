import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/import/normalise';
import { slugify } from '../../../src/import/slug';

describe('nameKey', () => {
  it('ignores accents, case and punctuation', () => {
    expect(nameKey('Düsseldorf')).toBe(nameKey('DUSSELDORF'));
    expect(nameKey('Saint-Denis')).toBe('saint denis');
    expect(nameKey("Ma'alot")).toBe('maalot');
    expect(nameKey('Straße')).toBe('strasse');
    expect(nameKey('Øresund')).toBe('oresund');
  });
});

describe('slugify', () => {
  it('turns a label into a stable slug', () => {
    expect(slugify('Violence against civilians', 'category')).toBe('violence-against-civilians');
    expect(slugify('Überfall / Raid', 'category')).toBe('uberfall-raid');
  });

  it('gives a label without Latin letters the same hashed id every time', () => {
    expect(slugify('Протест', 'category')).toMatch(/^category-[0-9a-z]+$/);
    expect(slugify('Протест', 'category')).toBe(slugify('Протест', 'category'));
    expect(slugify('Протест', 'category')).not.toBe(slugify('Митинг', 'category'));
  });
});
