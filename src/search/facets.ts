import type { StoryEvent } from '../story/model';
import { PLACE_PRECISIONS, VERIFICATIONS } from '../story/schema';

/**
 * The facets a reader narrows the events by, beside the categories (which the legend toggles).
 * A facet with no value chosen lets every event through; with some chosen, an event passes if
 * it has any of them. Events without a verification or a place count as the value "none".
 */
export const FACET_KEYS = ['country', 'actor', 'verification', 'precision'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export type FacetSelection = Readonly<Record<FacetKey, ReadonlySet<string>>>;

const EMPTY: ReadonlySet<string> = new Set();
export const NO_FACETS: FacetSelection = { country: EMPTY, actor: EMPTY, verification: EMPTY, precision: EMPTY };

export const NONE = 'none';

/** The values a facet can take in any story; null where the story decides (countries, actors). */
export const FIXED_VALUES: Readonly<Record<FacetKey, readonly string[] | null>> = {
  country: null,
  actor: null,
  verification: [...VERIFICATIONS, NONE],
  precision: [...PLACE_PRECISIONS, NONE],
};

const NO_VALUES: readonly string[] = [];
/** The one-value lists of the fixed facets, made once. */
const ONE: Readonly<Record<string, readonly string[]>> = Object.fromEntries([...VERIFICATIONS, ...PLACE_PRECISIONS, NONE].map((v) => [v, [v]]));
const countries = new Map<string, readonly string[]>();
function one(code: string): readonly string[] {
  let list = countries.get(code);
  if (!list) countries.set(code, (list = [code]));
  return list;
}

export function facetValues(e: StoryEvent, key: FacetKey): readonly string[] {
  switch (key) {
    case 'country':
      return e.place?.country ? one(e.place.country) : NO_VALUES;
    case 'actor':
      return e.actors;
    case 'verification':
      return e.verification ? ONE[e.verification] : ONE[NONE];
    case 'precision':
      return e.place ? ONE[e.place.precision] : ONE[NONE];
  }
}

export function passesFacet(e: StoryEvent, key: FacetKey, chosen: ReadonlySet<string>): boolean {
  return chosen.size === 0 || facetValues(e, key).some((v) => chosen.has(v));
}

export function passesFacets(e: StoryEvent, facets: FacetSelection): boolean {
  return FACET_KEYS.every((key) => passesFacet(e, key, facets[key]));
}

export const hasFacets = (facets: FacetSelection): boolean => FACET_KEYS.some((key) => facets[key].size > 0);

/** Every value each story-decided facet takes, for reading links: a link may only name these. */
export function storyFacetValues(events: readonly StoryEvent[]): Record<'country' | 'actor', Set<string>> {
  const country = new Set<string>();
  const actor = new Set<string>();
  for (const e of events) {
    if (e.place?.country) country.add(e.place.country);
    for (const a of e.actors) actor.add(a);
  }
  return { country, actor };
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export type FacetCounts = Readonly<Record<FacetKey, readonly FacetCount[]>>;

/**
 * How many of `events` each facet value would show: counted with every other facet applied but
 * not its own, so a reader sees what choosing another value would add. Values chosen but with no
 * event stay listed (with 0) so they can be unchosen; the rest are sorted by count, then name.
 */
export function facetCounts(events: readonly StoryEvent[], facets: FacetSelection): FacetCounts {
  const tallies = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
  const bump = (tally: Map<string, number>, v: string) => tally.set(v, (tally.get(v) ?? 0) + 1);
  // Called for every event of a story of 100,000 on each change of the search: no allocation for one value.
  const add = (e: StoryEvent, key: FacetKey) => {
    const values = facetValues(e, key);
    if (values.length === 1) bump(tallies[key], values[0]);
    else if (values.length > 1) for (const v of new Set(values)) bump(tallies[key], v);
  };
  const active = FACET_KEYS.filter((key) => facets[key].size > 0);
  for (const e of events) {
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const key of active) {
      if (!passesFacet(e, key, facets[key])) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) for (const key of FACET_KEYS) add(e, key);
    else if (failures === 1) add(e, failed as FacetKey);
  }
  const sorted = (key: FacetKey): FacetCount[] => {
    const tally = tallies[key];
    for (const v of facets[key]) if (!tally.has(v)) tally.set(v, 0);
    return [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  return Object.fromEntries(FACET_KEYS.map((k) => [k, sorted(k)])) as Record<FacetKey, FacetCount[]>;
}
