import type { Problem } from '../story/problem';
import type { Gazetteer } from './gazetteer';
import { problemAt } from './problems';
import type { PlaceFile } from '../story/schema';
import type { AmbiguousPlace, PlaceCandidate } from './types';
import type { ValidRow } from './validate';
import { phrase } from '../i18n/phrase';

export interface Placed {
  readonly place: PlaceFile | null;
  readonly problems: readonly Problem[];
  readonly ambiguous: AmbiguousPlace | null;
}

const MAX_CANDIDATES = 10;

function describe(c: PlaceCandidate): string {
  return [c.name, c.admin, c.country].filter(Boolean).join(', ');
}

/**
 * Places a row without coordinates by its place name: a unique match at city precision,
 * several as an ambiguous place for the reader to pick, none leaves it off the map.
 * The row loads in every case. Nothing but the place-name column is ever looked up.
 */
export function placeByName(row: ValidRow, gazetteer: Gazetteer | null): Placed {
  const { draft, query } = row;
  const where = { row: draft.row, id: draft.id };
  const nameField = draft.place?.nameField ?? 'place';
  if (row.place) return { place: row.place, problems: [], ambiguous: null };
  if (!query)
    return {
      place: null,
      problems: [problemAt(where, nameField, null, 'place', 'warning', phrase('problem.noPlace'))],
      ambiguous: null,
    };
  if (!gazetteer)
    return {
      place: null,
      problems: [problemAt(where, nameField, query.text, 'place', 'warning', phrase('problem.noGazetteer'))],
      ambiguous: null,
    };

  const match = gazetteer.lookup(query);
  if (match.kind === 'unique') {
    const { lon, lat, country } = match.place;
    return { place: { name: query.text, lon, lat, precision: 'city', country, byName: true }, problems: [], ambiguous: null };
  }
  if (match.kind === 'none') {
    return {
      place: null,
      problems: [problemAt(where, nameField, query.text, 'place', 'warning', phrase('problem.noSuchPlace'))],
      ambiguous: null,
    };
  }
  const candidates = [...match.candidates].sort((a, b) => (b.population ?? 0) - (a.population ?? 0)).slice(0, MAX_CANDIDATES);
  const shown = `${candidates.slice(0, 3).map(describe).join('; ')}${match.candidates.length > 3 ? '; …' : ''}`;
  const message = phrase('problem.manyPlaces', { count: match.candidates.length, candidates: shown });
  return {
    place: null,
    problems: [problemAt(where, nameField, query.text, 'place', 'warning', message)],
    ambiguous: { row: draft.row, eventId: draft.id, query: query.text, candidates },
  };
}
