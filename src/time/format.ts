import type { DatePoint, EventTime, Millis, Precision } from './edtf';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const QUARTERS = ['early', 'second quarter of', 'third quarter of', 'late'];

const utc = (t: Millis) => new Date(t);

/** "23 April 2024", "April 2024", "spring 2020", "late 2017", "2023"; "about …" when approximate. */
export function formatPoint(point: DatePoint): string {
  const d = utc(point.min);
  const year = d.getUTCFullYear();
  let text: string;
  switch (point.precision) {
    case 'day':
      text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${year}`;
      break;
    case 'month':
      text = `${MONTHS[d.getUTCMonth()]} ${year}`;
      break;
    case 'season':
      text = `${SEASONS[(point.part ?? 1) - 1]} ${year}`;
      break;
    case 'quarter':
      text = `${QUARTERS[(point.part ?? 1) - 1]} ${year}`;
      break;
    case 'year':
      text = String(year);
      break;
  }
  if (point.approximate) text = `about ${text}`;
  if (point.uncertain) text = `${text} (uncertain)`;
  return text;
}

/** The date of an event in words: "2–4 February 2023", "late 2017 – spring 2020". */
export function formatEventTime(time: EventTime): string {
  const { start, end } = time;
  if (!time.isInterval) return formatPoint(start);
  const a = utc(start.min);
  const b = utc(end.min);
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.precision === 'day' && end.precision === 'day' && a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) {
    return `${a.getUTCDate()}–${formatPoint(end)}`;
  }
  if (plain && start.precision === 'year' && end.precision === 'year') return `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;
  return `${formatPoint(start)} – ${formatPoint(end)}`;
}

const PRECISION_WORDS: Record<Precision, string> = {
  day: 'to the day',
  month: 'to the month',
  season: 'to the season',
  quarter: 'to the quarter',
  year: 'to the year',
};

/** How precisely a date is known, for readers: "known to the day", "start known to the quarter, end to the season". */
export function describePrecision(time: EventTime): string {
  const approx = time.start.approximate || time.end.approximate ? ', approximate' : '';
  if (!time.isInterval || time.start.precision === time.end.precision) {
    return `Date known ${PRECISION_WORDS[time.start.precision]}${approx}`;
  }
  return `Start known ${PRECISION_WORDS[time.start.precision]}, end ${PRECISION_WORDS[time.end.precision]}${approx}`;
}

/** A day as text for slider values and the URL: "12 March 2019". */
export function formatDay(t: Millis): string {
  const d = utc(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** ISO calendar day, UTC: "2019-03-12". */
export function isoDay(t: Millis): string {
  return utc(t).toISOString().slice(0, 10);
}
