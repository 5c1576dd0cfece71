import { countryCode } from './countries';
import { nameKey } from './normalise';
import type { PlaceCandidate } from './types';

/** public/gazetteer/places.json, as geodata/gazetteer/build-gazetteer.mjs writes it. */
export interface GazetteerFile {
  readonly source: string;
  readonly places: readonly (readonly [name: string, otherNames: string, admin1: string, country: string, lon: number, lat: number, population: number])[];
}

export interface PlaceQuery {
  /** The name as written: "Cambridge", "Cambridge, UK", "Delft, Zuid-Holland, Netherlands". */
  readonly text: string;
  /** ISO alpha-2, when the row says which country. */
  readonly country: string | null;
  /** First-level region, when the row says. */
  readonly admin: string | null;
}

export type Match = { kind: 'unique'; place: PlaceCandidate } | { kind: 'ambiguous'; candidates: readonly PlaceCandidate[] } | { kind: 'none' };

export interface Gazetteer {
  readonly source: string;
  lookup(query: PlaceQuery): Match;
}

function narrow(candidates: readonly PlaceCandidate[], keep: (c: PlaceCandidate) => boolean): readonly PlaceCandidate[] {
  return candidates.filter(keep);
}

/** Indexes the places by every name they have, ignoring accents and case. */
export function createGazetteer(file: GazetteerFile): Gazetteer {
  const byName = new Map<string, PlaceCandidate[]>();
  for (const [name, otherNames, admin1, country, lon, lat, population] of file.places) {
    const place: PlaceCandidate = { name, admin: admin1 || null, country, lon, lat, population: population || null };
    const keys = new Set([name, ...(otherNames ? otherNames.split('|') : [])].map(nameKey));
    for (const key of keys) {
      const list = byName.get(key);
      if (list) list.push(place);
      else byName.set(key, [place]);
    }
  }

  function match(name: string, qualifiers: readonly string[], country: string | null, admin: string | null): Match {
    let candidates: readonly PlaceCandidate[] = byName.get(nameKey(name)) ?? [];
    const countries = [country, ...qualifiers.map(countryCode)].filter((c): c is string => c !== null);
    const admins = [admin, ...qualifiers.filter((q) => countryCode(q) === null)].filter((a): a is string => !!a).map(nameKey);
    for (const code of countries) candidates = narrow(candidates, (c) => c.country === code);
    // A region narrows only when it still leaves a place: sheets spell regions many ways.
    for (const region of admins) {
      const inRegion = narrow(candidates, (c) => c.admin !== null && nameKey(c.admin) === region);
      if (inRegion.length > 0) candidates = inRegion;
    }
    if (candidates.length === 0) return { kind: 'none' };
    if (candidates.length === 1) return { kind: 'unique', place: candidates[0] };
    return { kind: 'ambiguous', candidates };
  }

  return {
    source: file.source,
    lookup({ text, country, admin }) {
      const whole = match(text, [], country, admin);
      if (whole.kind !== 'none' || !text.includes(',')) return whole;
      const [name, ...qualifiers] = text.split(',').map((part) => part.trim());
      return match(name, qualifiers.filter(Boolean), country, admin);
    },
  };
}
