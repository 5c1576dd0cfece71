import type { PlacePrecision, Verification } from '../story/schema';

export const PLACE_PRECISION_WORDS: Record<PlacePrecision, string> = {
  address: 'Known to the address',
  city: 'Known to the city',
  region: 'Known only to the region',
  country: 'Known only to the country',
};

export const VERIFICATION_WORDS: Record<Verification, string> = {
  verified: 'Verified',
  'partly-verified': 'Partly verified',
  unverified: 'Unverified',
};

/** Said of an event without a place: the timeline and the list show it, the map cannot. */
export const NOT_ON_MAP = 'Not on the map';

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
