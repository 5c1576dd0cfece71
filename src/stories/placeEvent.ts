import type { StoryEventFile, StoryFile } from '../story/schema';
import type { ImportReport, PlaceCandidate } from '../import/types';
import { failed, phrase, type Phrase } from '../i18n/phrase';
import { translatorFor, type T } from '../i18n';

export type Place = NonNullable<StoryEventFile['place']>;

/** "Cambridge, Cambridgeshire, GB (population 128,488)"; English unless given another `t`. */
export function describeCandidate(c: PlaceCandidate, t: T = translatorFor('en').t): string {
  const place = [c.name, c.admin, c.country].filter(Boolean).join(', ');
  return c.population ? t('stories.population', { place, population: c.population }) : place;
}

/** A gazetteer candidate as an event's place: a city, as a gazetteer entry is. */
export function placeOfCandidate(c: PlaceCandidate): Place {
  return { name: c.admin ? `${c.name}, ${c.admin}` : c.name, lon: c.lon, lat: c.lat, precision: 'city', country: c.country, byName: true };
}

export type ParsedPlace = { readonly ok: true; readonly place: Place } | { readonly ok: false; readonly message: string; readonly phrase: Phrase };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** A place typed by the reader: a name, latitude and longitude in decimal degrees, and a country code if known. */
export function parsePlaceInput(input: { name: string; lat: string; lon: string; country: string }): ParsedPlace {
  const name = input.name.trim();
  const country = input.country.trim().toUpperCase();
  const [lat, lon] = [input.lat.trim(), input.lon.trim()];
  if (!name) return failed(phrase('stories.needName'));
  if (!NUMBER.test(lat) || Math.abs(Number(lat)) > 90) return failed(phrase('stories.badLat'));
  if (!NUMBER.test(lon) || Math.abs(Number(lon)) > 180) return failed(phrase('stories.badLon'));
  if (country && !/^[A-Z]{2}$/.test(country)) return failed(phrase('stories.badCountry'));
  const place: Place = { name, lat: Number(lat), lon: Number(lon), precision: 'city' };
  return { ok: true, place: country ? { ...place, country } : place };
}

/**
 * Gives an event a place, and brings the report up to date: the event's ambiguity and its place
 * warnings are resolved, and the counts follow.
 */
export function placeEvent(story: StoryFile, report: ImportReport | null, eventId: string, place: Place): { story: StoryFile; report: ImportReport | null } {
  const before = story.events.find((e) => e.id === eventId);
  if (!before) return { story, report };
  const next: StoryFile = { ...story, events: story.events.map((e) => (e.id === eventId ? { ...e, place } : e)) };
  if (!report) return { story: next, report };
  const rowOf = (id: string) => report.problems.find((p) => p.id === id)?.row ?? report.ambiguous.find((a) => a.eventId === id)?.row ?? null;
  const row = rowOf(eventId);
  const resolved = (p: ImportReport['problems'][number]) => p.id === eventId && p.kind === 'place' && p.severity === 'warning';
  const problems = report.problems.filter((p) => !resolved(p));
  const hadProblems = row !== null && report.problems.some((p) => p.row === row);
  const stillHas = row !== null && problems.some((p) => p.row === row);
  return {
    story: next,
    report: {
      ...report,
      problems,
      ambiguous: report.ambiguous.filter((a) => a.eventId !== eventId),
      notOnMap: before.place == null ? Math.max(0, report.notOnMap - 1) : report.notOnMap,
      withProblems: hadProblems && !stillHas ? report.withProblems - 1 : report.withProblems,
    },
  };
}

/** Events that are not on the map, in story order. */
export function eventsWithoutPlace(story: StoryFile): StoryEventFile[] {
  return story.events.filter((e) => e.place == null);
}
