import type { TimeWindow } from '../time/window';
import type { Millis } from '../time/edtf';
import { translatorFor, type Lang } from '../i18n';
import { shortDay } from './ticks';

/** The window's dates as the reader sees them by the brush: "12 Sep 2019 – 30 Nov 2020". */
export function windowLabel(window: TimeWindow | null, extent: readonly [Millis, Millis], lang: Lang = 'en'): string {
  const day = (t: Millis) => shortDay(new Date(t), lang);
  if (!window) return translatorFor(lang).t('timeline.allDates', { start: day(extent[0]), end: day(extent[1]) });
  return `${day(window.start)} – ${day(window.end)}`;
}
