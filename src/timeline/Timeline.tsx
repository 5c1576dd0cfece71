import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleUtc } from 'd3-scale';
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { utcMonth } from 'd3-time';
import type { Story } from '../story/model';
import type { CategoryStyle } from '../map/palette';
import { overlapsWindow, type TimeWindow } from '../state/filter';
import { formatDay } from '../time/format';
import { layoutMarks, laneOffsets, SINGLE_LANE } from './layout';
import { drawMarks, hatchId, updateMarkState, POINTER_METRICS, TOUCH_METRICS } from './marks';
import { stepEdge } from './keyboard';
import { usePlayback } from './playback';
import { useWidth } from './useWidth';

export interface TimelineProps {
  story: Story;
  styles: readonly CategoryStyle[];
  window: TimeWindow | null;
  hiddenCategories: ReadonlySet<string>;
  selectedId: string | null;
  hoveredId: string | null;
  reducedMotion: boolean;
  /** Finger-sized rows and handles. */
  touch: boolean;
  onWindowChange(window: TimeWindow | null): void;
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

const TOP = 8;
const AXIS_HEIGHT = 26;
const RIGHT = 16;

export function Timeline(props: TimelineProps) {
  const { story, styles, window, hiddenCategories, selectedId, hoveredId, reducedMotion, touch } = props;
  const metrics = touch ? TOUCH_METRICS : POINTER_METRICS;
  const { rowHeight, laneGap } = metrics;
  const frame = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const axisRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const marksRef = useRef<SVGGElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const width = useWidth(frame);
  const narrow = width < 560;
  const gutter = narrow ? 8 : 132;
  const innerWidth = Math.max(120, width - gutter - RIGHT);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [playing, setPlaying] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);

  const styleById = useMemo(() => new Map(styles.map((s) => [s.id, s])), [styles]);
  const lanes = useMemo(
    () => (touch ? SINGLE_LANE : styles.map((s) => s.id).filter((id) => story.events.some((e) => e.category === id))),
    [styles, story, touch],
  );
  const domain = useMemo(() => [utcMonth.offset(new Date(story.extent[0]), -3), utcMonth.offset(new Date(story.extent[1]), 3)] as const, [story]);
  const extent = useMemo(() => [+domain[0], +domain[1]] as const, [domain]);
  const base = useMemo(() => scaleUtc().domain(domain).range([0, innerWidth]), [domain, innerWidth]);
  const x = useMemo(() => transform.rescaleX(base), [transform, base]);
  const layout = useMemo(() => layoutMarks(story.events, x, lanes), [story, x, lanes]);
  const { offsets, total } = laneOffsets(layout.laneRows);
  const marksHeight = total * rowHeight + (lanes.length - 1) * laneGap;
  const height = TOP + marksHeight + AXIS_HEIGHT;
  const laneTop = (lane: number) => offsets[lane] * rowHeight + lane * laneGap;

  const xRef = useRef(x);
  useEffect(() => {
    xRef.current = x;
  }, [x]);

  // Axis: D3 draws ticks into the <g> React gives it.
  useEffect(() => {
    if (axisRef.current) select(axisRef.current).call(axisBottom(x).ticks(Math.max(2, Math.floor(innerWidth / 90))).tickSizeOuter(0));
  }, [x, innerWidth]);

  // Marks.
  useEffect(() => {
    if (marksRef.current) drawMarks(select(marksRef.current), layout.marks, story, styleById, { top: (d) => laneTop(d.lane) + d.row * rowHeight, metrics });
    // laneTop is derived from layout and metrics.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, story, styleById, metrics]);

  const visibleOrder = useMemo(() => story.events.filter((e) => !hiddenCategories.has(e.category)).map((e) => e.id), [story, hiddenCategories]);
  const tabStop = focusId && visibleOrder.includes(focusId) ? focusId : selectedId && visibleOrder.includes(selectedId) ? selectedId : visibleOrder[0] ?? null;

  useEffect(() => {
    if (!marksRef.current) return;
    updateMarkState(select(marksRef.current), {
      inWindow: (id) => overlapsWindow(story.byId.get(id)?.time ?? { min: 0, max: 0 }, window),
      hidden: (id) => hiddenCategories.has(story.byId.get(id)?.category ?? ''),
      selectedId,
      hoveredId,
      focusId: tabStop,
    });
  }, [layout, story, window, hiddenCategories, selectedId, hoveredId, tabStop]);

  // Brush: created once per size; handlers read the latest scale and callbacks.
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const dragging = useRef(false);
  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    let frameId = 0;
    const behaviour = brushX<unknown>()
      .handleSize(touch ? 44 : 10)
      .extent([
        [0, 0],
        [innerWidth, marksHeight],
      ])
      .on('start brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own brush.move
        dragging.current = event.type !== 'end';
        const selection = event.selection as [number, number] | null;
        const next = selection ? { start: +xRef.current.invert(selection[0]), end: +xRef.current.invert(selection[1]) } : null;
        // At most one store update per frame while dragging.
        cancelAnimationFrame(frameId);
        if (dragging.current) frameId = requestAnimationFrame(() => latest.current.onWindowChange(next));
        else latest.current.onWindowChange(next);
      });
    brush.current = behaviour;
    const selection = select(g).call(behaviour);
    selection.selectAll('.handle').attr('role', 'slider').attr('tabindex', 0).attr('aria-orientation', 'horizontal');
    return () => {
      cancelAnimationFrame(frameId);
      selection.on('.brush', null);
      selection.selectAll('*').remove();
    };
  }, [innerWidth, marksHeight, touch]);

  // The brush follows the window (or the whole story when there is none).
  useEffect(() => {
    const g = brushRef.current;
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
        .attr('aria-valuemin', Math.round(extent[0] / 86_400_000))
        .attr('aria-valuemax', Math.round(extent[1] / 86_400_000))
        .attr('aria-valuenow', Math.round(value / 86_400_000))
        .attr('aria-valuetext', window ? formatDay(value) : `${formatDay(value)} (all events shown)`);
    }
  }, [window, x, extent, innerWidth, marksHeight, touch]);

  // Zoom and pan: ctrl/⌘ + wheel or pinch anywhere, drag on the axis; buttons for the keyboard.
  const zoomBehaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = d3Zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 80])
      .extent([
        [0, 0],
        [innerWidth, height],
      ])
      .translateExtent([
        [0, 0],
        [innerWidth, height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return (event.target as Element).classList.contains('zoom-rail');
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    zoomBehaviour.current = behaviour;
    select(svg).call(behaviour);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [innerWidth, height]);

  const zoomBy = (k: number) => {
    if (svgRef.current && zoomBehaviour.current) select(svgRef.current).call(zoomBehaviour.current.scaleBy, k);
  };
  const resetZoom = () => {
    if (svgRef.current && zoomBehaviour.current) select(svgRef.current).call(zoomBehaviour.current.transform, zoomIdentity);
  };

  usePlayback(
    playing,
    window,
    extent,
    reducedMotion,
    (w) => latest.current.onWindowChange(w),
    () => setPlaying(false),
  );

  const onBrushKey = (event: KeyboardEvent<SVGGElement>) => {
    const target = event.target as Element;
    const edge = target.classList.contains('handle--w') ? 'start' : target.classList.contains('handle--e') ? 'end' : null;
    if (!edge) return;
    const w = window ?? { start: extent[0], end: extent[1] };
    const value = stepEdge(w[edge], event.key, extent);
    if (value === null) return;
    event.preventDefault();
    const next = edge === 'start' ? { start: Math.min(value, w.end - 86_400_000), end: w.end } : { start: w.start, end: Math.max(value, w.start + 86_400_000) };
    props.onWindowChange(next);
  };

  const onMarksKey = (event: KeyboardEvent<SVGGElement>) => {
    const id = (event.target as Element).getAttribute('data-id');
    if (!id) return;
    const index = visibleOrder.indexOf(id);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: visibleOrder.length - 1 };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelect(id);
    } else if (event.key in moves) {
      event.preventDefault();
      const next = visibleOrder[Math.max(0, Math.min(visibleOrder.length - 1, moves[event.key]))];
      setFocusId(next);
      marksRef.current?.querySelector<SVGGElement>(`g.mark[data-id="${next}"]`)?.focus();
    }
  };

  const markId = (event: { target: EventTarget }) => (event.target as Element).closest('g.mark')?.getAttribute('data-id') ?? null;

  return (
    <section className="timeline" aria-label="Timeline" ref={frame}>
      <div className="timeline-tools">
        <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => props.onWindowChange(null)} disabled={window === null}>
          Show all dates
        </button>
        <span className="spacer" />
        <button type="button" onClick={() => zoomBy(2)} aria-label="Zoom in on the timeline">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.5)} aria-label="Zoom out on the timeline" disabled={transform.k <= 1}>
          −
        </button>
        <button type="button" onClick={resetZoom} disabled={transform.k === 1 && transform.x === 0}>
          Reset zoom
        </button>
      </div>
      <svg ref={svgRef} width={width} height={height} className="timeline-svg" role="group" aria-label="Events by date and category. Use the window sliders to filter by date.">
        <defs>
          {styles.map((s) => (
            <pattern key={s.id} id={hatchId(s.id)} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="5" height="5" fill={s.colour} fillOpacity="0.18" />
              <line x1="0" y1="0" x2="0" y2="5" stroke={s.colour} strokeWidth="2.5" />
            </pattern>
          ))}
          <clipPath id="timeline-clip">
            <rect x={-2} y={-4} width={innerWidth + 4} height={marksHeight + 8} />
          </clipPath>
        </defs>
        {!narrow && !touch && (
          <g className="lane-labels" aria-hidden="true">
            {lanes.map((id, i) => (
              <text key={id} x={gutter - 8} y={TOP + laneTop(i) + (layout.laneRows[i] * rowHeight) / 2} dy="0.35em" textAnchor="end">
                {styleById.get(id)?.label}
              </text>
            ))}
          </g>
        )}
        <g transform={`translate(${gutter},${TOP})`}>
          <g className="lanes" aria-hidden="true">
            {lanes.map((id, i) => (
              <rect key={id} x={0} y={laneTop(i) - laneGap / 2} width={innerWidth} height={layout.laneRows[i] * rowHeight + laneGap} className={i % 2 ? 'lane odd' : 'lane'} />
            ))}
          </g>
          <g clipPath="url(#timeline-clip)">
            <g ref={brushRef} className={touch ? 'brush touch' : 'brush'} onKeyDown={onBrushKey} />
            <g
              ref={marksRef}
              className="marks"
              onKeyDown={onMarksKey}
              onClick={(e) => {
                const id = markId(e);
                if (id) props.onSelect(id);
              }}
              onMouseOver={(e) => props.onHover(markId(e))}
              onMouseOut={() => props.onHover(null)}
              onFocus={(e) => setFocusId(markId(e))}
            />
          </g>
          <rect className="zoom-rail" x={0} y={marksHeight} width={innerWidth} height={AXIS_HEIGHT} />
          <g ref={axisRef} className="axis" transform={`translate(0,${marksHeight + 2})`} aria-hidden="true" />
        </g>
      </svg>
    </section>
  );
}
