import { useEffect, useMemo, useRef, useState } from 'react';
import { scaleUtc } from 'd3-scale';
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { utcMonth } from 'd3-time';
import type { Story, StoryEvent } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import { overlapsWindow, type TimeWindow } from '../time/window';
import { LaneLabel } from './LaneLabel';
import { layoutMarks, laneOffsets, SINGLE_LANE } from './layout';
import { drawMarks, hatchId, updateMarkState, POINTER_METRICS, PROJECTOR_METRICS, SHORT_METRICS, touchMetrics } from './marks';
import { useMediaQuery } from '../app/useMediaQuery';
import { densityBins, DENSITY_THRESHOLD } from './density';
import { drawDensity } from './drawDensity';
import { markAt } from './hitTest';
import { usePlayback } from './playback';
import { formatTick, tickCount } from './ticks';
import { TimelineTools } from './TimelineTools';
import { useBrush } from './useBrush';
import { useMarkKeys } from './useMarkKeys';
import { useZoom } from './useZoom';
import { useWidth } from './useWidth';
import { windowLabel } from './windowLabel';
import { useTranslator } from '../i18n/react';

export interface TimelineProps {
  story: Story;
  styles: readonly CategoryStyle[];
  window: TimeWindow | null;
  hiddenCategories: ReadonlySet<string>;
  /** The events the facets and the search let through, by id; null for all. */
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  hoveredId: string | null;
  reducedMotion: boolean;
  /** A touch screen: one packed lane, finger-sized handles and targets, vertical swipes left to the page. */
  touch: boolean;
  /** Presenter mode: projector-sized type, no explore controls, the axis zoomed to `focus`. */
  projector?: boolean;
  /** A span the axis shows with some context on each side (a presenter's chapter). */
  focus?: TimeWindow | null;
  onWindowChange(window: TimeWindow | null): void;
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

const TOP = 8;
const DAY = 86_400_000;
const RIGHT = 16;
/** Marks, lanes and axis of a touch timeline fit in this many pixels, so a phone embed stays under 720 px. */
const TOUCH_HEIGHT = 150;
/** Lane labels need this much width; below it the marks get the whole width. */
const LABELS_FROM = 560;

export function Timeline(props: TimelineProps) {
  const { story, styles, window, hiddenCategories, matches, selectedId, hoveredId, reducedMotion, touch, projector = false, focus = null } = props;
  // Projector-sized type only where the screen has room for it (1920×1080, not a 1280×800 laptop).
  const large = useMediaQuery('(min-height: 1000px)') && projector;
  const { t, lang } = useTranslator();
  const axisHeight = large ? 34 : touch ? 22 : 26;
  const frame = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const axisRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const marksRef = useRef<SVGGElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const width = useWidth(frame);
  const short = useMediaQuery('(max-height: 760px)');
  const labelled = !touch && width >= LABELS_FROM;
  const gutter = labelled ? (large ? 210 : 132) : 8;
  const innerWidth = Math.max(120, width - gutter - RIGHT);
  const [playing, setPlaying] = useState(false);
  // Too many events for one mark each: draw counts per time bin, and leave single events to the list.
  const dense = story.events.length > DENSITY_THRESHOLD;

  const styleById = useMemo(() => new Map(styles.map((s) => [s.id, s])), [styles]);
  // Hidden categories give their lanes (and, on touch, their rows) back.
  const shown = useMemo(
    () => story.events.filter((e) => !hiddenCategories.has(e.category) && (!matches || matches.has(e.id))),
    [story, hiddenCategories, matches],
  );
  const lanes = useMemo(() => (touch ? SINGLE_LANE : styles.map((s) => s.id).filter((id) => shown.some((e) => e.category === id))), [styles, shown, touch]);
  const laneKey = useMemo(() => (touch ? () => SINGLE_LANE[0] : (e: StoryEvent) => e.category), [touch]);
  // Packed on touch: symbols may overlap by a quarter, which saves rows and stays legible.
  const gap = touch ? -3 : 4;
  const domain = useMemo(() => [utcMonth.offset(new Date(story.extent[0]), -3), utcMonth.offset(new Date(story.extent[1]), 3)] as const, [story]);
  const extent = useMemo(() => [+domain[0], +domain[1]] as const, [domain]);
  const base = useMemo(() => scaleUtc().domain(domain).range([0, innerWidth]), [domain, innerWidth]);

  // The zoom needs the height, the height needs the layout, the layout needs the zoomed scale:
  // rows are counted on the unzoomed scale, which is stable while the reader zooms.
  const rows = useMemo(
    () => (dense ? { laneRows: lanes.map(() => 1) } : layoutMarks(shown, base, lanes, laneKey, gap)),
    [dense, shown, base, lanes, laneKey, gap],
  );
  const { offsets, total } = laneOffsets(rows.laneRows);
  const metrics = useMemo(
    () => (touch ? touchMetrics(total, TOUCH_HEIGHT - TOP - axisHeight) : large ? PROJECTOR_METRICS : short ? SHORT_METRICS : POINTER_METRICS),
    [touch, large, short, total, axisHeight],
  );
  const { rowHeight, laneGap } = metrics;
  const marksHeight = total * rowHeight + Math.max(0, lanes.length - 1) * laneGap;
  const height = TOP + marksHeight + axisHeight;
  const laneTop = (lane: number) => offsets[lane] * rowHeight + lane * laneGap;

  const zoom = useZoom(svgRef, innerWidth, height);
  const x = useMemo(() => zoom.transform.rescaleX(base), [zoom.transform, base]);
  const marks = useMemo(() => (dense ? [] : layoutMarks(shown, x, lanes, laneKey, gap).marks), [dense, shown, x, lanes, laneKey, gap]);

  // A presenter's chapter fills the middle of the axis, with half its length again on each side.
  const { zoomToSpan, reset } = zoom;
  const focusStart = focus?.start;
  const focusEnd = focus?.end;
  useEffect(() => {
    if (focusStart === undefined || focusEnd === undefined) return;
    const context = Math.max((focusEnd - focusStart) / 2, DAY);
    zoomToSpan(base(focusStart - context), base(focusEnd + context));
    return reset;
  }, [focusStart, focusEnd, base, zoomToSpan, reset]);

  // Axis: D3 draws ticks into the <g> React gives it.
  useEffect(() => {
    if (axisRef.current)
      select(axisRef.current).call(
        axisBottom(x)
          .ticks(tickCount(innerWidth, large ? 150 : 90))
          .tickFormat((d) => formatTick(d as Date, lang))
          .tickSizeOuter(0),
      );
  }, [x, innerWidth, large, lang]);

  // Marks, or density bins for large stories.
  useEffect(() => {
    if (!marksRef.current) return;
    const layer = select(marksRef.current);
    if (dense) {
      const colours = lanes.map((id) => styleById.get(id)?.colour ?? 'var(--text-muted)');
      drawDensity(layer, densityBins(shown, x, innerWidth, lanes, laneKey), colours, { top: laneTop, rowHeight });
    } else drawMarks(layer, marks, story, styleById, { top: (d) => laneTop(d.lane) + d.row * rowHeight, metrics }, lang);
    // laneTop is derived from the rows and metrics.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dense, marks, story, shown, styleById, metrics, x, innerWidth, lanes, laneKey, lang]);

  const visibleOrder = useMemo(() => shown.map((e) => e.id), [shown]);
  const { tabStop, onKeyDown: onMarksKey, onFocusMark } = useMarkKeys(marksRef, visibleOrder, selectedId, (id) => latest.current.onSelect(id));

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

  // On touch the brush takes every gesture; a tap picks the nearest mark within a finger's reach.
  const onTap = (tx: number, ty: number) => {
    if (!touch || dense) return false;
    const hit = markAt(
      marks.map((m) => ({ mark: m, top: laneTop(m.lane) + m.row * rowHeight, height: rowHeight })),
      tx,
      ty,
    );
    if (hit) latest.current.onSelect(hit.id);
    return hit !== null;
  };
  const onBrushKey = useBrush(brushRef, {
    x,
    width: innerWidth,
    height: marksHeight,
    touch,
    window,
    extent,
    onWindowChange: props.onWindowChange,
    onTap,
    lang,
  });

  usePlayback(
    playing,
    window,
    extent,
    reducedMotion,
    (w) => latest.current.onWindowChange(w),
    () => setPlaying(false),
  );

  const markId = (event: { target: EventTarget }) => (event.target as Element).closest('g.mark')?.getAttribute('data-id') ?? null;
  return (
    <section id="timeline" tabIndex={-1} className={large ? 'timeline projector' : 'timeline'} aria-label={t('timeline.label')} ref={frame}>
      <TimelineTools
        label={windowLabel(window, extent, lang)}
        compact={width < LABELS_FROM}
        datesOnly={projector}
        playing={playing}
        hasWindow={window !== null}
        canZoomOut={zoom.transform.k > 1}
        zoomed={zoom.transform.k !== 1 || zoom.transform.x !== 0}
        onPlay={() => setPlaying((p) => !p)}
        onShowAll={() => props.onWindowChange(null)}
        onZoomIn={() => zoom.zoomBy(2)}
        onZoomOut={() => zoom.zoomBy(0.5)}
        onReset={zoom.reset}
      />
      <svg ref={svgRef} width={width} height={height} className="timeline-svg" role="group" aria-label={t('timeline.graphic')}>
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
        {labelled && (
          <g className="lane-labels" aria-hidden="true">
            {lanes.map((id, i) => (
              <LaneLabel
                key={id}
                label={styleById.get(id)?.label ?? ''}
                width={gutter - 12}
                fontPx={large ? 18 : 11}
                x={gutter - 8}
                y={TOP + laneTop(i) + (rows.laneRows[i] * rowHeight) / 2}
              />
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
              className={touch ? 'marks by-tap' : 'marks'}
              onKeyDown={onMarksKey}
              onClick={(e) => {
                const id = markId(e);
                if (id) props.onSelect(id);
              }}
              onMouseOver={(e) => props.onHover(markId(e))}
              onMouseOut={() => props.onHover(null)}
              onFocus={(e) => onFocusMark(markId(e))}
            />
            {dense && window && (
              // Bins are drawn once; the window only moves these two veils.
              <g className="outside" aria-hidden="true">
                <rect x={x.range()[0] - 2} width={Math.max(0, x(window.start) - x.range()[0] + 2)} y={-4} height={marksHeight + 8} />
                <rect x={x(window.end)} width={Math.max(0, innerWidth - x(window.end) + 2)} y={-4} height={marksHeight + 8} />
              </g>
            )}
          </g>
          <rect className="zoom-rail" x={0} y={marksHeight} width={innerWidth} height={axisHeight} />
          <g ref={axisRef} className="axis" transform={`translate(0,${marksHeight + 2})`} aria-hidden="true" />
        </g>
      </svg>
    </section>
  );
}
