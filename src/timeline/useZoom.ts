import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { wheelIntent, wheelPanPixels, wheelZoomDelta } from './wheel';

/** Deep enough for a few days of a story that spans years (a presenter's chapter). */
const MAX_ZOOM = 2000;

export interface TimelineZoom {
  readonly transform: ZoomTransform;
  zoomBy(k: number): void;
  /** Shows the pixel span [x0, x1] of the unzoomed axis across the whole width. */
  zoomToSpan(x0: number, x1: number): void;
  reset(): void;
}

/**
 * Zoom and pan on the time axis: ctrl/⌘ + wheel (or a pinch) anywhere in gentle steps,
 * a sideways trackpad swipe, a drag on the axis rail. A plain vertical wheel is left to
 * the page, which matters in an embedded article.
 */
export function useZoom(ref: RefObject<SVGSVGElement | null>, width: number, height: number): TimelineZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const zoom = d3Zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .wheelDelta(wheelZoomDelta)
      .filter((event: Event) => {
        if (event.type === 'wheel') return wheelIntent(event as WheelEvent) === 'zoom';
        return (event.target as Element).classList.contains('zoom-rail');
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    behaviour.current = zoom;
    const selection = select(svg).call(zoom);
    const onWheel = (event: WheelEvent) => {
      if (wheelIntent(event) !== 'pan' || !behaviour.current) return;
      // Only a zoomed axis can move; otherwise the swipe is the browser's (back, forward).
      const { k } = zoomTransform(svg);
      if (k <= 1) return;
      event.preventDefault();
      selection.call(behaviour.current.translateBy, -wheelPanPixels(event) / k, 0);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      svg.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
    };
  }, [ref, width, height]);

  const actions = useMemo(() => {
    const call = (apply: (z: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      if (ref.current && behaviour.current) apply(behaviour.current, ref.current);
    };
    return {
      zoomBy: (k: number) => call((z, svg) => select(svg).call(z.scaleBy, k)),
      zoomToSpan: (x0: number, x1: number) =>
        call((z, svg) => {
          const k = Math.max(1, Math.min(MAX_ZOOM, width / Math.max(1e-3, x1 - x0)));
          select(svg).call(z.transform, zoomIdentity.scale(k).translate(-x0, 0));
        }),
      reset: () => call((z, svg) => select(svg).call(z.transform, zoomIdentity)),
    };
  }, [ref, width]);
  return { transform, ...actions };
}
