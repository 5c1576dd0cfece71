import type { PlacePrecision } from '../story/schema';

/**
 * ACLED's precision codes, as its codebook defines them, in the app's terms.
 * time_precision: 1 the day is known; 2 only the week (ACLED codes a day within it);
 * 3 only the month. geo_precision: 1 a named town; 2 near a town or part of a region;
 * 3 only a province or larger.
 */
export function acledDate(day: string, timePrecision: string): string {
  if (timePrecision === '2') return `${day}~`;
  if (timePrecision === '3') return day.slice(0, 7);
  return day;
}

/** ACLED's finest level is a town, so 1 is city precision, not an address. */
export function acledPlacePrecision(geoPrecision: string): PlacePrecision {
  return geoPrecision === '2' || geoPrecision === '3' ? 'region' : 'city';
}

const PRECISIONS = new Set<string>(['address', 'city', 'region', 'country']);

/** A precision column of the template or GeoJSON; null when it is not one of the app's four. */
export function placePrecision(text: string): PlacePrecision | null {
  const value = text.trim().toLowerCase();
  return PRECISIONS.has(value) ? (value as PlacePrecision) : null;
}
