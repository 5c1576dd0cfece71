import { parseEdtf } from '../time/edtf';
import { failed, phrase, type Phrase } from '../i18n/phrase';

/** An EDTF date built from a file's columns, or what is wrong with them (`message` is the English of `phrase`). */
export type DateResult = { ok: true; edtf: string } | { ok: false; message: string; phrase: Phrase; part?: 'year' | 'month' | 'day' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The months' names in the catalogue, January first. */
const MONTH_KEYS = [
  'problem.month.1',
  'problem.month.2',
  'problem.month.3',
  'problem.month.4',
  'problem.month.5',
  'problem.month.6',
  'problem.month.7',
  'problem.month.8',
  'problem.month.9',
  'problem.month.10',
  'problem.month.11',
  'problem.month.12',
] as const;
const wrong = (part: 'year' | 'month' | 'day', p: Phrase): DateResult => ({ ...failed(p), part });

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function whole(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** A date from separate year, month and day cells ("" for a part not given): "2019", "2019-03", "2019-03-15". */
export function calendarDate(yearText: string, monthText: string, dayText: string): DateResult {
  const year = whole(yearText);
  if (year === null || year > 9999) return wrong('year', phrase('problem.notYear', { text: yearText }));
  const y = String(year).padStart(4, '0');
  if (monthText === '') return dayText === '' ? { ok: true, edtf: y } : wrong('day', phrase('problem.dayNoMonth'));
  const month = whole(monthText);
  if (month === null || month < 1 || month > 12) return wrong('month', phrase('problem.notMonth', { text: monthText }));
  const m = String(month).padStart(2, '0');
  if (dayText === '') return { ok: true, edtf: `${y}-${m}` };
  const day = whole(dayText);
  if (day === null || day < 1) return wrong('day', phrase('problem.notDay', { text: dayText }));
  if (day > daysInMonth(year, month))
    return wrong(
      'day',
      phrase('problem.noSuchDay', { date: phrase('problem.day', { day: String(day), month: { key: MONTH_KEYS[month - 1] }, year: String(year) }) }),
    );
  return { ok: true, edtf: `${y}-${m}-${String(day).padStart(2, '0')}` };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

function checkedPoint(text: string): DateResult {
  const day = ISO_DAY.exec(text.replace(/[~?%]$/, ''));
  if (day) {
    const checked = calendarDate(day[1], String(Number(day[2])), String(Number(day[3])));
    if (!checked.ok) return checked;
  }
  return { ok: true, edtf: text };
}

/**
 * A date written as the app writes them (EDTF: "2019", "2019-03", "2019-03-15~",
 * "2019-03/2019-05"); a timestamp keeps its day. Impossible days are named.
 */
export function edtfDate(text: string): DateResult {
  let result = memo.get(text);
  if (!result) {
    if (memo.size > 50_000) memo.clear();
    result = checkedEdtf(text);
    memo.set(text, result);
  }
  return result;
}

/** A sheet repeats the same dates; results are immutable, so they are kept. */
const memo = new Map<string, DateResult>();

function checkedEdtf(text: string): DateResult {
  const value = DATE_TIME.exec(text)?.[1] ?? text;
  for (const end of value.split('/')) {
    const checked = checkedPoint(end);
    if (!checked.ok) return checked;
  }
  const parsed = parseEdtf(value);
  if (!parsed.ok) return failed(parsed.phrase);
  return { ok: true, edtf: value };
}

/** A start and an optional end joined into one EDTF value: an interval when the end is given. */
export function interval(start: string, end: string | null): DateResult {
  const edtf = end === null || end === start ? start : `${start}/${end}`;
  const parsed = parseEdtf(edtf);
  if (!parsed.ok)
    return failed(parsed.phrase.key === 'problem.endsBeforeBegins' ? phrase('problem.endBeforeStart', { end: String(end), start }) : parsed.phrase);
  return { ok: true, edtf };
}

const MONTH_NUMBERS = new Map(MONTHS.flatMap((name, i) => [[name.toLowerCase(), i + 1] as const, [name.slice(0, 3).toLowerCase(), i + 1] as const]));

/** "15 March 2022", "15-Mar-2022" or "2022-03-15": the forms ACLED exports use. */
export function dayMonthYear(text: string): DateResult {
  if (ISO_DAY.test(text)) return edtfDate(text);
  const match = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(text);
  const month = match ? MONTH_NUMBERS.get(match[2].toLowerCase()) : undefined;
  if (!match || month === undefined) return failed(phrase('problem.notDate', { text }));
  return calendarDate(match[3], String(month), match[1]);
}
