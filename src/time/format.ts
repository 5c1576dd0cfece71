import type { DatePoint, EventTime, Millis } from './edtf';
import { DEFAULT_LANG, LOCALES, type Lang } from '../i18n/lang';
import { translatorFor } from '../i18n';

/** The reader's locale only words a date; the date itself is UTC, so the formatters are too. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${lang} ${JSON.stringify(options)}`;
  let format = formatters.get(id);
  if (!format) formatters.set(id, (format = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' })));
  return format;
}
const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const MONTH = { month: 'long', year: 'numeric' } as const;

const utc = (t: Millis) => new Date(t);
const part = (p: DatePoint) => (p.part ?? 1) as 1 | 2 | 3 | 4;

/** "23 April 2024", "April 2024", "spring 2020", "late 2017", "2023"; "about …" when approximate. Dutch: "ca. 15 oktober 2022". */
export function formatPoint(point: DatePoint, lang: Lang = DEFAULT_LANG): string {
  const { t } = translatorFor(lang);
  // As text: a year is never grouped like a number ("2.020").
  const year = String(utc(point.min).getUTCFullYear());
  let text: string;
  switch (point.precision) {
    case 'day':
      text = dateFormat(lang, DAY).format(point.min);
      break;
    case 'month':
      text = dateFormat(lang, MONTH).format(point.min);
      break;
    case 'season':
      text = t(`time.season.${part(point)}`, { year });
      break;
    case 'quarter':
      text = t(`time.quarter.${part(point)}`, { year });
      break;
    case 'year':
      text = year;
      break;
  }
  if (point.approximate) text = t('time.about', { date: text });
  if (point.uncertain) text = t('time.uncertain', { date: text });
  return text;
}

/** The date of an event in words: "2–4 February 2023", "late 2017 – spring 2020"; Dutch "eind 2017 – voorjaar 2020". */
export function formatEventTime(time: EventTime, lang: Lang = DEFAULT_LANG): string {
  const { start, end } = time;
  if (!time.isInterval) return formatPoint(start, lang);
  const a = utc(start.min);
  const b = utc(end.min);
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.precision === 'day' && end.precision === 'day' && a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) {
    return `${a.getUTCDate()}–${formatPoint(end, lang)}`;
  }
  if (plain && start.precision === 'year' && end.precision === 'year') return `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;
  return `${formatPoint(start, lang)} – ${formatPoint(end, lang)}`;
}

/** How precisely a date is known, for readers: "Date known to the day", "Start known to the quarter, end to the season". */
export function describePrecision(time: EventTime, lang: Lang = DEFAULT_LANG): string {
  const { t } = translatorFor(lang);
  const { start, end } = time;
  const text =
    !time.isInterval || start.precision === end.precision
      ? t('time.known', { precision: t(`time.to.${start.precision}`) })
      : t('time.knownSpan', { start: t(`time.to.${start.precision}`), end: t(`time.to.${end.precision}`) });
  return start.approximate || end.approximate ? t('time.approximate', { text }) : text;
}

/** A day as text for slider values and the page: "12 March 2019", "12 maart 2019". */
export function formatDay(t: Millis, lang: Lang = DEFAULT_LANG): string {
  return dateFormat(lang, DAY).format(t);
}

/** ISO calendar day, UTC: "2019-03-12". */
export function isoDay(t: Millis): string {
  return utc(t).toISOString().slice(0, 10);
}
