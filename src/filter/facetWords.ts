import type { T } from '../i18n';
import type { FacetKey } from '../search/facets';
import { NONE } from '../search/facets';

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the reader's language, from the platform's own data; the code where it has none. */
function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

export const facetLabel = (t: T, key: FacetKey): string => t(`search.facet.${key}`);

/** How a reader sees one value of a facet. */
export function valueLabel(t: T, locale: string, key: FacetKey, value: string): string {
  switch (key) {
    case 'country':
      return countryName(value, locale);
    case 'actor':
      return value;
    case 'verification':
      return value === NONE ? t('search.value.verification.none') : t(`search.value.${value as 'verified' | 'partly-verified' | 'unverified'}`);
    case 'precision':
      return value === NONE ? t('search.value.precision.none') : t(`search.value.${value as 'address' | 'city' | 'region' | 'country'}`);
  }
}
