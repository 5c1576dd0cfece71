import type { Story } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import type { TimeWindow } from '../time/window';
import type { ExportInput } from '../export/composeImage';
import type { MapSnapshot } from '../map/snapshot';
import { formatDay, formatEventTime } from '../time/format';
import { plural } from '../panel/words';

export interface ExportView {
  readonly story: Story;
  readonly styles: readonly CategoryStyle[];
  readonly window: TimeWindow | null;
  readonly shownCount: number;
  readonly selectedId?: string | null;
  /** Draws the interactive map afresh at the slide's size, once it has loaded. */
  readonly renderMap?: MapSnapshot | null;
}

/** What the slide export needs, read from the page as it is now. */
export function exportInput(page: HTMLElement | null, { story, styles, window, shownCount, selectedId, renderMap }: ExportView): ExportInput {
  const selected = selectedId ? story.byId.get(selectedId) : undefined;
  const span = window ? `${formatDay(window.start)} – ${formatDay(window.end)}` : 'All dates';
  const css = page ? getComputedStyle(page) : null;
  return {
    title: story.title,
    subtitle: `${span} · ${shownCount} of ${plural(story.events.length, 'event')}`,
    credit: `${story.article ? `Source: “${story.article.title}”, ${story.article.publisher}. ` : ''}${story.credits ?? ''}`,
    legend: styles.map((c) => ({ label: c.label, colour: c.colour, shape: c.shape })),
    // The map is the WebGL canvas, or the static fallback's SVG.
    map: page?.querySelector<HTMLCanvasElement | SVGSVGElement>('.map-area canvas, .map-area svg[role="img"]') ?? null,
    ...(renderMap ? { renderMap } : {}),
    caption: selected ? { title: selected.title, detail: [formatEventTime(selected.time), selected.place?.name].filter(Boolean).join(' · ') } : null,
    timeline: page?.querySelector<SVGSVGElement>('.timeline-svg') ?? null,
    background: css?.getPropertyValue('--surface').trim() || '#ffffff',
    text: css?.getPropertyValue('--text').trim() || '#1d1d1d',
  };
}
