import type { Story } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import type { TimeWindow } from '../time/window';
import type { ExportInput } from '../export/composeImage';
import { formatDay } from '../time/format';
import { plural } from '../panel/words';

export interface ExportView {
  readonly story: Story;
  readonly styles: readonly CategoryStyle[];
  readonly window: TimeWindow | null;
  readonly shownCount: number;
}

/** What the slide export needs, read from the page as it is now. */
export function exportInput(page: HTMLElement | null, { story, styles, window, shownCount }: ExportView): ExportInput {
  const span = window ? `${formatDay(window.start)} – ${formatDay(window.end)}` : 'All dates';
  const css = page ? getComputedStyle(page) : null;
  return {
    title: story.title,
    subtitle: `${span} · ${shownCount} of ${plural(story.events.length, 'event')}`,
    credit: `${story.article ? `Source: “${story.article.title}”, ${story.article.publisher}. ` : ''}${story.credits ?? ''}`,
    legend: styles.map((c) => ({ label: c.label, colour: c.colour, shape: c.shape })),
    // The map is the WebGL canvas, or the static fallback's SVG.
    map: page?.querySelector<HTMLCanvasElement | SVGSVGElement>('.map-area canvas, .map-area svg[role="img"]') ?? null,
    timeline: page?.querySelector<SVGSVGElement>('.timeline-svg') ?? null,
    background: css?.getPropertyValue('--surface').trim() || '#ffffff',
    text: css?.getPropertyValue('--text').trim() || '#1d1d1d',
  };
}
