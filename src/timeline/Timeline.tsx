import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleUtc } from 'd3-scale';
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Story, StoryEvent } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import { overlapsWindow, type TimeWindow } from '../time/window';
import { layoutMarks, laneOffsets, SINGLE_LANE } from './layout';
import { drawMarks, hatchId, updateMarkState, POINTER_METRICS, TOUCH_METRICS } from './marks';
import { densityBins, DENSITY_THRESHOLD } from './density';
import { drawDensity } from './drawDensity';
import { usePlayback } from './playback';
import { useBrush } from './useBrush';
import { useZoom } from './useZoom';
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
  // Neighbours in a row must not overlap even with their enlarged hit areas.
  const gap = Math.max(4, 2 * metrics.hitPad);
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
  const gutter = narrow || touch ? 8 : 132;
  const innerWidth = Math.max(120, width - gutter - RIGHT);
  const [playing, setPlaying] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  // Too many events for one mark each: draw counts per time bin, and leave single events to the list.
  const dense = story.events.length > DENSITY_THRESHOLD;

  const styleById = useMemo(() => new Map(styles.map((s) => [s.id, s])), [styles]);
  const lanes = useMemo(
    () => (touch ? SINGLE_LANE : styles.map((s) => s.id).filter((id) => story.events.some((e) => e.category === id))),
    [styles, story, touch],
  );
  const laneKey = useMemo(() => (touch ? () => SINGLE_LANE[0] : (e: StoryEvent) => e.category), [touch]);
  const domain = useMemo(() => [utcMonth.offset(new Date(story.extent[0]), -3), utcMonth.offset(new Date(story.extent[1]), 3)] as const, [story]);
  const extent = useMemo(() => [+domain[0], +domain[1]] as const, [domain]);
  const base = useMemo(() => scaleUtc().domain(domain).range([0, innerWidth]), [domain, innerWidth]);

  // The zoom needs the height, the height needs the layout, the layout needs the zoomed scale:
  // rows are counted on the unzoomed scale, which is stable while the reader zooms.
  const rows = useMemo(
    () => (dense ? { laneRows: lanes.map(() => 1) } : layoutMarks(story.events, base, lanes, laneKey, gap)),
    [dense, story, base, lanes, laneKey, gap],
  );
  const { offsets, total } = laneOffsets(rows.laneRows);
  const marksHeight = total * rowHeight + (lanes.length - 1) * laneGap;
  const height = TOP + marksHeight + AXIS_HEIGHT;
  const laneTop = (lane: number) => offsets[lane] * rowHeight + lane * laneGap;

  const zoom = useZoom(svgRef, innerWidth, height);
  const x = useMemo(() => zoom.transform.rescaleX(base), [zoom.transform, base]);
  const marks = useMemo(() => (dense ? [] : layoutMarks(story.events, x, lanes, laneKey, gap).marks), [dense, story, x, lanes, laneKey, gap]);

  // Axis: D3 draws ticks into the <g> React gives it.
  useEffect(() => {
    if (axisRef.current)
      select(axisRef.current).call(
        axisBottom(x)
          .ticks(Math.max(2, Math.floor(innerWidth / 90)))
          .tickFormat((d) => formatTick(d as Date))
          .tickSizeOuter(0),
      );
  }, [x, innerWidth]);

  // Marks, or density bins for large stories.
  useEffect(() => {
    if (!marksRef.current) return;
    const layer = select(marksRef.current);
    if (dense) {
      const shown = story.events.filter((e) => !hiddenCategories.has(e.category));
      const colours = lanes.map((id) => styleById.get(id)?.colour ?? 'var(--text-muted)');
      drawDensity(layer, densityBins(shown, x, innerWidth, lanes, laneKey), colours, { top: laneTop, rowHeight });
    } else drawMarks(layer, marks, story, styleById, { top: (d) => laneTop(d.lane) + d.row * rowHeight, metrics });
    // laneTop is derived from the rows and metrics.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dense, marks, story, styleById, metrics, x, innerWidth, lanes, laneKey, hiddenCategories]);

  const visibleOrder = useMemo(() => story.events.filter((e) => !hiddenCategories.has(e.category)).map((e) => e.id), [story, hiddenCategories]);
  const tabStop =
    focusId && visibleOrder.includes(focusId) ? focusId : selectedId && visibleOrder.includes(selectedId) ? selectedId : (visibleOrder[0] ?? null);

  useEffect(() => {
    if (!marksRef.current || dense) return;
    updateMarkState(select(marksRef.current), {
      inWindow: (id) => overlapsWindow(story.byId.get(id)?.time ?? { min: 0, max: 0 }, window),
      hidden: (id) => hiddenCategories.has(story.byId.get(id)?.category ?? ''),
      selectedId,
      hoveredId,
      focusId: tabStop,
    });
  }, [dense, marks, story, window, hiddenCategories, selectedId, hoveredId, tabStop]);

  const onBrushKey = useBrush(brushRef, { x, width: innerWidth, height: marksHeight, touch, window, extent, onWindowChange: props.onWindowChange });

  usePlayback(
    playing,
    window,
    extent,
    reducedMotion,
    (w) => latest.current.onWindowChange(w),
    () => setPlaying(false),
  );

  const onMarksKey = (event: KeyboardEvent<SVGGElement>) => {
    const id = (event.target as Element).getAttribute('data-id');
    if (!id) return;
    const index = visibleOrder.indexOf(id);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: visibleOrder.length - 1,
    };
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
        <button type="button" onClick={() => zoom.zoomBy(2)} aria-label="Zoom in on the timeline">
          +
        </button>
        <button type="button" onClick={() => zoom.zoomBy(0.5)} aria-label="Zoom out on the timeline" disabled={zoom.transform.k <= 1}>
          −
        </button>
        <button type="button" onClick={zoom.reset} disabled={zoom.transform.k === 1 && zoom.transform.x === 0}>
          Reset zoom
        </button>
      </div>
      <svg
        ref={svgRef}
        width={width}
        height={height}
        className="timeline-svg"
        role="group"
        aria-label="Events by date and category. Use the window sliders to filter by date."
      >
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
        {gutter > 8 && (
          <g className="lane-labels" aria-hidden="true">
            {lanes.map((id, i) => (
              <text key={id} x={gutter - 8} y={TOP + laneTop(i) + (rows.laneRows[i] * rowHeight) / 2} dy="0.35em" textAnchor="end">
                {styleById.get(id)?.label}
              </text>
            ))}
          </g>
        )}
        <g transform={`translate(${gutter},${TOP})`}>
          <g className="lanes" aria-hidden="true">
            {lanes.map((id, i) => (
              <rect
                key={id}
                x={0}
                y={laneTop(i) - laneGap / 2}
                width={innerWidth}
                height={rows.laneRows[i] * rowHeight + laneGap}
                className={i % 2 ? 'lane odd' : 'lane'}
              />
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
            {dense && window && (
              // Bins are drawn once; the window only moves these two veils.
              <g className="outside" aria-hidden="true">
                <rect x={x.range()[0] - 2} width={Math.max(0, x(window.start) - x.range()[0] + 2)} y={-4} height={marksHeight + 8} />
                <rect x={x(window.end)} width={Math.max(0, innerWidth - x(window.end) + 2)} y={-4} height={marksHeight + 8} />
              </g>
            )}
          </g>
          <rect className="zoom-rail" x={0} y={marksHeight} width={innerWidth} height={AXIS_HEIGHT} />
          <g ref={axisRef} className="axis" transform={`translate(0,${marksHeight + 2})`} aria-hidden="true" />
        </g>
      </svg>
    </section>
  );
}

const [yearOnly, monthYear, dayMonthYear] = [utcFormat('%Y'), utcFormat('%b %Y'), utcFormat('%-d %b %Y')];

/** Every tick names its year, so a zoomed-in axis still says when it is. */
function formatTick(d: Date): string {
  if (+utcYear.floor(d) === +d) return yearOnly(d);
  if (+utcMonth.floor(d) === +d) return monthYear(d);
  return +utcDay.floor(d) === +d ? dayMonthYear(d) : d.toISOString();
}
