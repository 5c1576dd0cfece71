import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { select } from 'd3-selection';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import type { TimeWindow } from '../time/window';
import type { Millis } from '../time/edtf';
import { formatDay } from '../time/format';
import { stepEdge } from './keyboard';

const DAY = 86_400_000;

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
}

/**
 * A d3 brush in the <g> React hands over, kept in step with the time window. Its two
 * handles are the window's ARIA sliders; the returned handler moves them by keyboard.
 */
export function useBrush(ref: RefObject<SVGGElement | null>, options: BrushOptions): (event: KeyboardEvent<SVGGElement>) => void {
  const { x, width, height, touch, window, extent } = options;
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
    const behaviour = brushX<unknown>()
      .handleSize(touch ? 44 : 10)
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('start brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own brush.move
        dragging.current = event.type !== 'end';
        const selection = event.selection as [number, number] | null;
        const { x: scale, onWindowChange } = latest.current;
        const next = selection ? { start: +scale.invert(selection[0]), end: +scale.invert(selection[1]) } : null;
        // At most one store update per frame while dragging.
        cancelAnimationFrame(frameId);
        if (dragging.current) frameId = requestAnimationFrame(() => onWindowChange(next));
        else onWindowChange(next);
      });
    brush.current = behaviour;
    const selection = select(g).call(behaviour);
    selection.selectAll('.handle').attr('role', 'slider').attr('tabindex', 0).attr('aria-orientation', 'horizontal');
    return () => {
      cancelAnimationFrame(frameId);
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
    const handles: [string, string, number][] = [
      ['.handle--w', 'Start of the time window', w.start],
      ['.handle--e', 'End of the time window', w.end],
    ];
    for (const [cls, label, value] of handles) {
      selection
        .select(cls)
        .attr('aria-label', label)
        .attr('aria-valuemin', Math.round(extent[0] / DAY))
        .attr('aria-valuemax', Math.round(extent[1] / DAY))
        .attr('aria-valuenow', Math.round(value / DAY))
        .attr('aria-valuetext', window ? formatDay(value) : `${formatDay(value)} (all events shown)`);
    }
  }, [ref, window, x, extent, width, height, touch]);

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
