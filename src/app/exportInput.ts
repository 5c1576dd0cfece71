import type { Story } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import type { TimeWindow } from '../time/window';
import type { ExportInput } from '../export/composeImage';
import type { MapSnapshot } from '../map/snapshot';
import { formatDay, formatEventTime } from '../time/format';
import { translatorFor, type Lang } from '../i18n';

export interface ExportView {
  readonly story: Story;
  readonly styles: readonly CategoryStyle[];
  readonly window: TimeWindow | null;
  readonly shownCount: number;
  readonly selectedId?: string | null;
  /** Draws the interactive map afresh at the slide's size, once it has loaded. */
  readonly renderMap?: MapSnapshot | null;
  readonly lang: Lang;
}

/** What the slide export needs, read from the page as it is now. */
export function exportInput(page: HTMLElement | null, { story, styles, window, shownCount, selectedId, renderMap, lang }: ExportView): ExportInput {
  const { t } = translatorFor(lang);
  const selected = selectedId ? story.byId.get(selectedId) : undefined;
  const span = window ? `${formatDay(window.start, lang)} – ${formatDay(window.end, lang)}` : t('export.allDates');
  const css = page ? getComputedStyle(page) : null;
  return {
    title: story.title,
    subtitle: t('export.subtitle', { span, count: t('app.count', { shown: shownCount, count: story.events.length }) }),
    credit: `${story.article ? `${t('app.source', { title: story.article.title, publisher: story.article.publisher })} ` : ''}${story.credits ?? ''}`,
    legend: styles.map((c) => ({ label: c.label, colour: c.colour, shape: c.shape })),
    // The map is the WebGL canvas, or the static fallback's SVG.
    map: page?.querySelector<HTMLCanvasElement | SVGSVGElement>('.map-area canvas, .map-area svg[role="img"]') ?? null,
    ...(renderMap ? { renderMap } : {}),
    caption: selected ? { title: selected.title, detail: [formatEventTime(selected.time, lang), selected.place?.name].filter(Boolean).join(' · ') } : null,
    timeline: page?.querySelector<SVGSVGElement>('.timeline-svg') ?? null,
    background: css?.getPropertyValue('--surface').trim() || '#ffffff',
    text: css?.getPropertyValue('--text').trim() || '#1d1d1d',
    lang,
  };
}
