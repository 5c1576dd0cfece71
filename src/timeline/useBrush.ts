import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { pointer, select } from 'd3-selection';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import type { TimeWindow } from '../time/window';
import type { Millis } from '../time/edtf';
import { formatDay } from '../time/format';
import { stepEdge } from './keyboard';
import { translatorFor, type Lang } from '../i18n';

const DAY = 86_400_000;
/** A touch that moves less than this (pixels) is a tap; a gesture decides its direction after it. */
const SLOP = 8;

export interface BrushOptions {
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  readonly height: number;
  /** Finger-wide handles. */
  readonly touch: boolean;
  readonly window: TimeWindow | null;
  /** The whole time axis: the window when there is none, and the sliders' range. */
  readonly extent: readonly [Millis, Millis];
  readonly onWindowChange: (window: TimeWindow | null) => void;
  readonly lang: Lang;
  /** A tap or click that did not move, at (x, y) in the brush's pixels; true if it picked something. */
  readonly onTap?: (x: number, y: number) => boolean;
}

type Point = readonly [number, number];
const sourcePoint = (event: D3BrushEvent<unknown>, g: SVGGElement): Point | null => {
  const source = event.sourceEvent as (MouseEvent & Partial<TouchEvent>) | null;
  const at = source?.changedTouches?.[0] ?? source;
  return at ? pointer(at, g) : null;
};

/**
 * A d3 brush in the <g> React hands over, kept in step with the time window. Its two
 * handles are the window's ARIA sliders; the returned handler moves them by keyboard.
 * On a touch screen a vertical swipe is the page's (it scrolls an article past the
 * graphic), a sideways drag is the brush's, and a tap goes to `onTap`.
 */
export function useBrush(ref: RefObject<SVGGElement | null>, options: BrushOptions): (event: KeyboardEvent<SVGGElement>) => void {
  const { x, width, height, touch, window, extent, lang } = options;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const dragging = useRef(false);

  // Created once per size; handlers read the latest scale and callback.
  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    let frameId = 0;
    let start: Point | null = null;
    // Set while the current touch is a vertical swipe, which the brush never sees.
    let scrolled = false;
    let swipe: { x: number; y: number; axis: 'x' | 'y' | null } | null = null;
    const restore = () => {
      const { window: w, extent: e, x: scale } = latest.current;
      const shown = w ?? { start: e[0], end: e[1] };
      if (brush.current) brush.current.move(select(g), [scale(shown.start), scale(shown.end)]);
    };
    const behaviour = brushX<unknown>()
      .handleSize(touch ? 44 : 10)
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('start brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own brush.move
        const { x: scale, onWindowChange, onTap, window: current } = latest.current;
        if (event.type === 'start') {
          start = sourcePoint(event, g);
          dragging.current = true;
          return;
        }
        dragging.current = event.type !== 'end';
        const selection = event.selection as [number, number] | null;
        const next = selection ? { start: +scale.invert(selection[0]), end: +scale.invert(selection[1]) } : null;
        cancelAnimationFrame(frameId);
        // At most one store update per frame while dragging.
        if (dragging.current) {
          frameId = requestAnimationFrame(() => onWindowChange(next));
          return;
        }
        const end = sourcePoint(event, g);
        const tap = start && end && Math.hypot(end[0] - start[0], end[1] - start[1]) < SLOP ? start : null;
        if (scrolled || (tap && onTap?.(tap[0], tap[1]))) {
          // Brushes are not re-entrant: put the window back once this gesture is over.
          frameId = requestAnimationFrame(restore);
        } else if (next?.start !== current?.start || next?.end !== current?.end) onWindowChange(next);
        start = null;
      });
    brush.current = behaviour;
    const selection = select(g).call(behaviour).style('touch-action', 'pan-y');
    selection.selectAll('.handle').attr('role', 'slider').attr('tabindex', 0).attr('aria-orientation', 'horizontal');
    // Capture listeners run before the brush's own: they keep a vertical swipe from it, so its
    // preventDefault cannot stop the page from scrolling.
    const onTouchStart = (event: TouchEvent) => {
      const t = event.touches[0];
      scrolled = false;
      swipe = event.touches.length === 1 ? { x: t.clientX, y: t.clientY, axis: null } : null;
    };
    const onTouchMove = (event: TouchEvent) => {
      const t = event.touches[0];
      if (!swipe || !t) return;
      if (swipe.axis === null) {
        const dx = Math.abs(t.clientX - swipe.x);
        const dy = Math.abs(t.clientY - swipe.y);
        if (Math.max(dx, dy) < SLOP) return event.stopPropagation();
        swipe.axis = dy > dx ? 'y' : 'x';
      }
      if (swipe.axis === 'y') {
        scrolled = true;
        event.stopPropagation();
      }
    };
    g.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
    g.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frameId);
      g.removeEventListener('touchstart', onTouchStart, { capture: true });
      g.removeEventListener('touchmove', onTouchMove, { capture: true });
      selection.on('.brush', null);
      selection.selectAll('*').remove();
    };
  }, [ref, width, height, touch]);

  // The brush follows the window (or the whole axis when there is none).
  useEffect(() => {
    const g = ref.current;
    if (!g || !brush.current || dragging.current) return;
    const w = window ?? { start: extent[0], end: extent[1] };
    const selection = select(g);
    brush.current.move(selection, [x(w.start), x(w.end)]);
    selection.classed('all', window === null);
    const { t } = translatorFor(lang);
    const handles: [string, string, number][] = [
      ['.handle--w', t('timeline.windowStart'), w.start],
      ['.handle--e', t('timeline.windowEnd'), w.end],
    ];
    for (const [cls, label, value] of handles) {
      selection
        .select(cls)
        .attr('aria-label', label)
        .attr('aria-valuemin', Math.round(extent[0] / DAY))
        .attr('aria-valuemax', Math.round(extent[1] / DAY))
        .attr('aria-valuenow', Math.round(value / DAY))
        .attr('aria-valuetext', window ? formatDay(value, lang) : t('timeline.allShown', { date: formatDay(value, lang) }));
    }
  }, [ref, window, x, extent, width, height, touch, lang]);

  return (event) => {
    const target = event.target as Element;
    const edge = target.classList.contains('handle--w') ? 'start' : target.classList.contains('handle--e') ? 'end' : null;
    if (!edge) return;
    const w = window ?? { start: extent[0], end: extent[1] };
    const value = stepEdge(w[edge], event.key, extent);
    if (value === null) return;
    event.preventDefault();
    // The window stays at least a day long, whichever edge moves.
    const next = edge === 'start' ? { start: Math.min(value, w.end - DAY), end: w.end } : { start: w.start, end: Math.max(value, w.start + DAY) };
    options.onWindowChange(next);
  };
}
