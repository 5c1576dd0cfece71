import { english, phrase, PhraseError, type Phrase } from '../i18n/phrase';

/** Milliseconds since the Unix epoch, UTC. All times inside the app are in this unit. */
export type Millis = number;

export type Precision = 'day' | 'month' | 'season' | 'quarter' | 'year';

/** One end of a date: the span of time it may stand for, and how precisely it is known. */
export interface DatePoint {
  readonly min: Millis;
  readonly max: Millis;
  readonly precision: Precision;
  /** Only meaningful for season and quarter precision: 1–4. */
  readonly part?: number;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

/** A parsed EDTF value: a single date (start === end) or an interval. */
export interface EventTime {
  readonly edtf: string;
  readonly start: DatePoint;
  readonly end: DatePoint;
  readonly isInterval: boolean;
  /** Earliest moment the event may have begun. */
  readonly min: Millis;
  /** Latest moment the event may have ended. */
  readonly max: Millis;
}

/** `error` is the English of `phrase`. */
export type ParseResult = { ok: true; value: EventTime } | { ok: false; error: string; phrase: Phrase };

const failure = (p: Phrase): ParseResult => ({ ok: false, error: english(p), phrase: p });

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/**
 * edtf.js reads the seasons 21–24 as calendar quarters (spring = January–March).
 * A reader means the northern meteorological seasons, so we supply those bounds.
 */
const SEASON_MONTHS: Record<number, [startMonth: number, months: number]> = {
  21: [2, 3], // spring: March–May
  22: [5, 3], // summer: June–August
  23: [8, 3], // autumn: September–November
  24: [11, 3], // winter: December–February
};

/** UTC milliseconds of a calendar date; month from 0, and overflowing months or days roll on. Years below 100 are not 19xx. */
function utc(year: number, month: number, day = 1): Millis {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/**
 * The first and last millisecond of a year, a month (1–12), a day, or a quarter (33–36), as
 * edtf.js computes them (tests/unit/time/edtf.test.ts checks it against edtf.js); null for no
 * such date. Its parser took ~0.2 ms a date, seconds for a large import on the main thread.
 */
function pointBounds(year: number, division: number | undefined, day: number | undefined): [Millis, Millis] | null {
  if (division === undefined) return [utc(year, 0), utc(year + 1, 0) - 1];
  if (division >= 33 && division <= 36 && day === undefined) {
    const q = division - 33;
    return [utc(year, 3 * q), utc(year, 3 * q + 3) - 1];
  }
  if (division < 1 || division > 12) return null;
  if (day === undefined) return [utc(year, division - 1), utc(year, division) - 1];
  const start = utc(year, division - 1, day);
  if (day < 1 || new Date(start).getUTCDate() !== day) return null;
  return [start, utc(year, division - 1, day + 1) - 1];
}

function parsePoint(text: string): DatePoint {
  const match = SINGLE.exec(text);
  if (!match) throw new PhraseError(phrase('problem.unsupportedDate', { value: text }));
  const [, yearText, monthOrDivision, day, qualifier] = match;
  const approximate = qualifier === '~' || qualifier === '%';
  const uncertain = qualifier === '?' || qualifier === '%';
  const division = monthOrDivision === undefined ? undefined : Number(monthOrDivision);
  const year = Number(yearText);

  if (division !== undefined && division >= 21 && day === undefined) {
    if (division <= 24) {
      const [startMonth, months] = SEASON_MONTHS[division];
      return {
        min: utc(year, startMonth),
        max: utc(year, startMonth + months) - 1,
        precision: 'season',
        part: division - 20,
        approximate,
        uncertain,
      };
    }
    if (division < 33 || division > 36) throw new PhraseError(phrase('problem.unsupportedDivision', { value: text }));
  }

  const bounds = pointBounds(year, division, day === undefined ? undefined : Number(day));
  if (!bounds) throw new PhraseError(phrase('problem.invalidDate', { value: text }));
  const precision: Precision = day !== undefined ? 'day' : division === undefined ? 'year' : division >= 33 ? 'quarter' : 'month';
  return {
    min: bounds[0],
    max: bounds[1],
    precision,
    part: precision === 'quarter' ? (division as number) - 32 : undefined,
    approximate,
    uncertain,
  };
}

/** A big story repeats the same few thousand dates, so results are kept. They are immutable, hence safe to share. */
const cache = new Map<string, ParseResult>();
const CACHE_LIMIT = 50_000;

/** Parses the EDTF subset used by stories: single dates and closed intervals. */
export function parseEdtf(value: string): ParseResult {
  let result = cache.get(value);
  if (!result) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    result = parseUncached(value);
    cache.set(value, result);
  }
  return result;
}

function parseUncached(value: string): ParseResult {
  const ends = value.split('/');
  if (ends.length > 2) return failure(phrase('problem.twoSlashes', { value }));
  try {
    const start = parsePoint(ends[0]);
    const end = ends.length === 2 ? parsePoint(ends[1]) : start;
    if (end.max < start.min) return failure(phrase('problem.endsBeforeBegins', { value }));
    return {
      ok: true,
      value: { edtf: value, start, end, isInterval: ends.length === 2, min: start.min, max: Math.max(start.max, end.max) },
    };
  } catch (error) {
    if (error instanceof PhraseError) return failure(error.phrase);
    throw error;
  }
}

/** Like parseEdtf, for values already validated by the story schema. */
export function toEventTime(value: string): EventTime {
  const result = parseEdtf(value);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
