import { describe, expect, it } from 'vitest';
import { countryCode } from '../../../src/import/countries';

describe('countryCode', () => {
  it.each([
    ['Netherlands', 'NL'],
    ['the Netherlands', 'NL'],
    ['Nederland', 'NL'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Democratic Republic of Congo', 'CD'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Myanmar', 'MM'],
    ['nl', 'NL'],
    ['Côte d’Ivoire', 'CI'],
  ])('%s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('knows no country for text that names none', () => {
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('')).toBeNull();
    expect(countryCode('QQ')).toBeNull();
  });
});
