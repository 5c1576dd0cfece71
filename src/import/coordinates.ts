import type { Problem } from '../story/problem';
import type { CoordinateInput } from './draft';
import { problemAt } from './problems';
import { phrase, type Phrase } from '../i18n/phrase';

export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

/** Checked coordinates (null when unusable), and what was wrong with them. */
export interface CheckedCoordinates {
  readonly position: LonLat | null;
  readonly problems: readonly Problem[];
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  // A decimal comma, as European spreadsheets write it.
  const text = value.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) || /^[+-]?(Infinity|NaN)$/.test(text) ? Number(text) : Number.NaN;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const inLat = (n: number) => n >= -90 && n <= 90;
const inLon = (n: number) => n >= -180 && n <= 180;

/** Checks a latitude and longitude; swapped ones (latitude beyond ±90, valid the other way round) are swapped back. */
export function checkCoordinates(input: CoordinateInput, where: { row: number; id: string }): CheckedCoordinates {
  const { latField, lonField } = input;
  if (isBlank(input.lat) && isBlank(input.lon)) return { position: null, problems: [] };
  const warn = (field: string, value: unknown, message: Phrase): CheckedCoordinates => ({
    position: null,
    problems: [problemAt(where, field, value, 'place', 'warning', message)],
  });
  if (isBlank(input.lat)) return warn(latField, null, phrase('problem.noLat'));
  if (isBlank(input.lon)) return warn(lonField, null, phrase('problem.noLon'));
  const lat = toNumber(input.lat);
  const lon = toNumber(input.lon);
  for (const [n, field, value] of [
    [lat, latField, input.lat],
    [lon, lonField, input.lon],
  ] as const) {
    if (n === null || Number.isNaN(n)) return warn(field, value, phrase('problem.notNumber'));
    if (!Number.isFinite(n)) return warn(field, value, phrase('problem.notFinite'));
  }
  const la = lat as number;
  const lo = lon as number;
  // Spreadsheets and geocoders write 0, 0 for a place they did not find; the sea off Ghana is rarely meant.
  if (la === 0 && lo === 0) return warn(latField, input.lat, phrase('problem.zeroZero'));
  if (inLat(la) && inLon(lo)) return { position: { lon: lo, lat: la }, problems: [] };
  if (inLat(lo) && inLon(la)) {
    const message = phrase('problem.swapped', { lat: String(la), lon: String(lo) });
    return { position: { lon: la, lat: lo }, problems: [problemAt(where, latField, input.lat, 'place', 'warning', message)] };
  }
  return inLat(la) ? warn(lonField, input.lon, phrase('problem.lonRange')) : warn(latField, input.lat, phrase('problem.latRange'));
}
