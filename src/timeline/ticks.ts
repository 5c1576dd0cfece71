import { utcDay, utcMonth, utcYear } from 'd3-time';
import { timeFormatLocale, utcFormat } from 'd3-time-format';
import nlNL from 'd3-time-format/locale/nl-NL';
import type { Lang } from '../i18n/lang';

type Format = (d: Date) => string;

/** d3's own English (its default) and its nl-NL definition: "Sep 2019", "sep 2019"; "12 Mar 2019", "12 mrt 2019". */
const UTC_FORMAT: Record<Lang, (specifier: string) => Format> = {
  en: utcFormat,
  nl: timeFormatLocale(nlNL as Parameters<typeof timeFormatLocale>[0]).utcFormat,
};

const formats = (lang: Lang) => {
  const f = UTC_FORMAT[lang];
  return { year: f('%Y'), month: f('%b %Y'), day: f('%-d %b %Y') };
};
const FORMATS: Record<Lang, ReturnType<typeof formats>> = { en: formats('en'), nl: formats('nl') };

/** Every tick names its year, so a zoomed-in axis still says when it is. */
export function formatTick(d: Date, lang: Lang = 'en'): string {
  const f = FORMATS[lang];
  if (+utcYear.floor(d) === +d) return f.year(d);
  if (+utcMonth.floor(d) === +d) return f.month(d);
  return +utcDay.floor(d) === +d ? f.day(d) : d.toISOString();
}

/** A day as the timeline writes it, short: "12 Sep 2019", "12 sep 2019". */
export const shortDay = (d: Date, lang: Lang = 'en'): string => FORMATS[lang].day(d);

/** How many ticks to ask d3 for: one per `spacing` pixels, and never fewer than three. */
export function tickCount(width: number, spacing: number): number {
  return Math.max(3, Math.floor(width / spacing));
}
