import { useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface TimelineZoom {
  readonly transform: ZoomTransform;
  zoomBy(k: number): void;
  reset(): void;
}

/**
 * Zoom and pan on the time axis: ctrl/⌘ + wheel (or a pinch) anywhere, a drag on the
 * axis rail. A plain wheel is left to the page, which matters in an embedded article.
 */
export function useZoom(ref: RefObject<SVGSVGElement | null>, width: number, height: number): TimelineZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const zoom = d3Zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 80])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return (event.target as Element).classList.contains('zoom-rail');
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    behaviour.current = zoom;
    select(svg).call(zoom);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [ref, width, height]);

  return {
    transform,
    zoomBy(k) {
      if (ref.current && behaviour.current) select(ref.current).call(behaviour.current.scaleBy, k);
    },
    reset() {
      if (ref.current && behaviour.current) select(ref.current).call(behaviour.current.transform, zoomIdentity);
    },
  };
}
