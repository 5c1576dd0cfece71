import edtf from 'edtf';
import { english, phrase, type Phrase } from '../i18n/phrase';

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

/** `error` is the English of `phrase`; edtf.js's own messages come as they are, in a "problem.text" phrase. */
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

function parsePoint(text: string): DatePoint {
  const match = SINGLE.exec(text);
  if (!match)
    throw new Error(
      `"${text}" is not a supported date (use YYYY, YYYY-MM, YYYY-MM-DD, a season YYYY-21..24 or a quarter YYYY-33..36, optionally ending in ~ or ?)`,
    );
  const [, yearText, monthOrDivision, day, qualifier] = match;
  const approximate = qualifier === '~' || qualifier === '%';
  const uncertain = qualifier === '?' || qualifier === '%';
  const division = monthOrDivision === undefined ? undefined : Number(monthOrDivision);

  if (division !== undefined && division >= 21 && day === undefined) {
    if (division <= 24) {
      const [startMonth, months] = SEASON_MONTHS[division];
      const year = Number(yearText);
      return {
        min: Date.UTC(year, startMonth, 1),
        max: Date.UTC(year, startMonth + months, 1) - 1,
        precision: 'season',
        part: division - 20,
        approximate,
        uncertain,
      };
    }
    if (division < 33 || division > 36) throw new Error(`"${text}": only seasons (21–24) and quarters (33–36) are supported`);
  }

  // edtf.js computes the bounds; qualifiers are read above (it rejects them on quarters).
  let parsed;
  try {
    parsed = edtf(text.replace(/[~?%]$/, ''));
  } catch {
    throw new Error(`"${text}" is not a valid date`);
  }
  // edtf.js accepts 29 February in any year.
  if (day !== undefined && new Date(parsed.min).getUTCDate() !== Number(day)) throw new Error(`"${text}" is not a valid date`);
  const precision: Precision = day !== undefined ? 'day' : division === undefined ? 'year' : division >= 33 ? 'quarter' : 'month';
  return {
    min: parsed.min,
    max: parsed.max,
    precision,
    part: precision === 'quarter' ? (division as number) - 32 : undefined,
    approximate,
    uncertain,
  };
}

/**
 * edtf.js's parser is thorough but slow (~0.2 ms a date), and a big story repeats the
 * same few thousand dates, so results are kept. They are immutable, hence safe to share.
 */
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
    return failure(phrase('problem.text', { text: (error as Error).message }));
  }
}

/** Like parseEdtf, for values already validated by the story schema. */
export function toEventTime(value: string): EventTime {
  const result = parseEdtf(value);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
