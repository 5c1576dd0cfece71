import { select, type Selection } from 'd3-selection';
import type { Story } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import { shapePath } from '../symbols/shapes';
import { formatEventTime } from '../time/format';
import { translatorFor, type Lang } from '../i18n';
import type { MarkLayout } from './layout';

/** Sizes of the timeline's rows. */
export interface MarkMetrics {
  readonly rowHeight: number;
  readonly barHeight: number;
  readonly laneGap: number;
  /** Extra hit area on each side of a mark, in pixels. */
  readonly hitPad: number;
}

export const POINTER_METRICS: MarkMetrics = { rowHeight: 12, barHeight: 8, laneGap: 3, hitPad: 2 };
/** Short screens (a 720 px laptop): thinner rows, so the map keeps half the height. */
export const SHORT_METRICS: MarkMetrics = { rowHeight: 10, barHeight: 7, laneGap: 2, hitPad: 2 };
/** Rows tall enough for lane labels read from the back of a room. */
export const PROJECTOR_METRICS: MarkMetrics = { rowHeight: 20, barHeight: 12, laneGap: 4, hitPad: 2 };

/**
 * Touch screens: every event in one packed lane that fits `budget` pixels. Rows are thin;
 * a tap finds the nearest mark within 22 px (see hitTest.ts), so each still has a 44 px target.
 */
export function touchMetrics(rows: number, budget: number): MarkMetrics {
  const rowHeight = Math.max(8, Math.min(20, Math.floor(budget / Math.max(1, rows))));
  return { rowHeight, barHeight: Math.max(6, Math.round(rowHeight * 0.6)), laneGap: 0, hitPad: 0 };
}

export const hatchId = (category: string) => `hatch-${category}`;

export interface MarkGeometry {
  readonly top: (mark: MarkLayout) => number;
  readonly metrics: MarkMetrics;
}

/**
 * Joins one <g> per event into `layer`: a hatched span for the time the event may
 * fall in, a solid bar for the part that is certain, and a symbol for a single day.
 * React owns `layer`; this function owns its children.
 */
export function drawMarks(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  marks: readonly MarkLayout[],
  story: Story,
  styles: ReadonlyMap<string, CategoryStyle>,
  { top, metrics }: MarkGeometry,
  lang: Lang,
) {
  const { t } = translatorFor(lang);
  const label = (d: MarkLayout) => {
    const e = story.byId.get(d.id);
    return e ? t('timeline.mark', { title: e.title, date: formatEventTime(e.time, lang), place: e.place?.name ?? t('timeline.notOnMap') }) : d.id;
  };
  layer
    .selectAll<SVGGElement, MarkLayout>('g.mark')
    .data(marks, (d) => d.id)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'mark')
        .attr('role', 'button')
        .attr('tabindex', -1)
        .attr('data-id', (d) => d.id);
      g.append('rect').attr('class', 'hit');
      g.append('rect').attr('class', 'fuzzy');
      g.append('rect').attr('class', 'solid');
      g.append('path').attr('class', 'symbol');
      return g;
    })
    .attr('transform', (d) => `translate(0,${top(d)})`)
    // Set on every draw, not only on entry, so a switch of language reaches the marks already there.
    .attr('aria-label', label)
    .each(function (this: SVGGElement, d) {
      const g = select(this);
      const style = styles.get(d.category);
      const colour = style?.colour ?? '#555';
      const { rowHeight, barHeight, hitPad } = metrics;
      const y = (rowHeight - barHeight) / 2;
      g.select('rect.hit')
        .attr('x', d.x0 - hitPad)
        .attr('y', 0)
        .attr('width', d.x1 - d.x0 + 2 * hitPad)
        .attr('height', rowHeight);
      g.select('rect.fuzzy')
        .attr('display', d.isPoint ? 'none' : null)
        .attr('x', d.x0)
        .attr('y', y)
        .attr('width', d.x1 - d.x0)
        .attr('height', barHeight)
        .attr('fill', `url(#${hatchId(d.category)})`)
        .attr('stroke', colour);
      g.select('rect.solid')
        .attr('display', d.isPoint || d.solid1 <= d.solid0 ? 'none' : null)
        .attr('x', d.solid0)
        .attr('y', y)
        .attr('width', Math.max(0, d.solid1 - d.solid0))
        .attr('height', barHeight)
        .attr('fill', colour);
      g.select('path.symbol')
        .attr('display', d.isPoint ? null : 'none')
        .attr('d', shapePath(style?.shape ?? 'circle', barHeight / 2 + 1))
        .attr('transform', `translate(${(d.x0 + d.x1) / 2},${rowHeight / 2})`)
        .attr('fill', colour);
    });
}

export interface MarkState {
  readonly inWindow: (id: string) => boolean;
  readonly hidden: (id: string) => boolean;
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  /** The one mark in the tab order. */
  readonly focusId: string | null;
}

/** Updates only attributes and classes: cheap enough to run on every frame of a scrub. */
export function updateMarkState(layer: Selection<SVGGElement, unknown, null, undefined>, state: MarkState) {
  layer
    .selectAll<SVGGElement, MarkLayout>('g.mark')
    .classed('out', (d) => !state.inWindow(d.id))
    .classed('hovered', (d) => d.id === state.hoveredId)
    .attr('display', (d) => (state.hidden(d.id) ? 'none' : null))
    .attr('aria-current', (d) => (d.id === state.selectedId ? 'true' : null))
    .attr('tabindex', (d) => (d.id === state.focusId ? 0 : -1));
}
