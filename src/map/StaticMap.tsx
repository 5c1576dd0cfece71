import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import type { StoryEvent } from '../story/model';
import type { MapView } from '../story/schema';
import { overlapsWindow } from '../time/window';
import { translatorFor } from '../i18n';
import type { CategoryStyle } from '../symbols/palette';
import type { MapTheme } from './theme';
import { relationFeatures } from './features';
import { markerVariant, type MarkerVariant } from '../symbols/variant';
import { MARKER_RADIUS } from './icons';
import { ringOffsets } from './offsets';
import { densityCells, STATIC_SYMBOL_LIMIT } from './staticDensity';
import { Basemap, DETAIL_ZOOM, FONT_FAMILY, halo, Places } from './staticLayers';
import { shapePath } from '../symbols/shapes';
import type { StoryMapLayerProps } from './mapProps';
import { fitBox, inView, MAX_ZOOM, MIN_ZOOM, mercatorForView, placeEvents, zoomBy, type ScreenPoint } from './staticProjection';

export interface StaticMapProps extends StoryMapLayerProps {
  /** Why the static map shows, when not for a browser without WebGL. */
  note?: string;
}

function useSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setSize({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

function EventSymbol({ style, variant, theme }: { style: CategoryStyle; variant: MarkerVariant; theme: MapTheme }) {
  const d = shapePath(style.shape, MARKER_RADIUS);
  const edge = { strokeLinejoin: 'round' as const, strokeWidth: 4, stroke: theme.markerOutline };
  if (variant === 'point') return <path d={d} fill={style.colour} paintOrder="stroke" {...edge} />;
  return (
    <>
      <path d={d} fill={theme.land} {...edge} />
      <path d={d} fill="none" stroke={style.colour} strokeWidth={2.5} strokeDasharray={variant === 'country' ? '2.5 1.5' : undefined} />
      {variant === 'region' && <path d={shapePath(style.shape, MARKER_RADIUS * 0.45)} fill={style.colour} />}
    </>
  );
}

/** Cell size of the drawn density, px. */
const CELL = 12;

const eventIdOf = (target: EventTarget) => (target instanceof Element ? (target.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null) : null);

/**
 * The map without WebGL: an SVG in Web-Mercator at the zoom MapLibre would use, with the
 * same symbols, fading, halos, shaded countries and relation lines. It does not pan;
 * two buttons zoom about the centre.
 */
export function StaticMap(props: StaticMapProps) {
  const {
    story,
    styles,
    basemap,
    theme,
    window,
    hiddenCategories,
    matches,
    selectedId,
    hoveredId,
    featuredIds,
    shadedCountries,
    relationLines,
    initialView,
    onHover,
    onSelect,
    note,
  } = props;
  const frame = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(frame);
  const [zoomed, setZoomed] = useState<MapView | null>(null);
  const view = useMemo(() => zoomed ?? (Array.isArray(initialView) ? fitBox(initialView, width, height) : initialView), [zoomed, initialView, width, height]);
  const projection = useMemo(() => mercatorForView(view, width, height), [view, width, height]);
  const path = useMemo(() => geoPath(projection).digits(1), [projection]);

  const styleById = useMemo(() => new Map(styles.map((s) => [s.id, s])), [styles]);
  const offsets = useMemo(() => ringOffsets(story.placed), [story]);
  const points = useMemo(() => placeEvents(story.placed, projection, offsets), [story, projection, offsets]);
  // Every event, whatever the filters, so labels stay put while the reader scrubs or filters.
  const symbols = useMemo(() => [...points.values()], [points]);
  const shown = story.placed.filter((e) => !hiddenCategories.has(e.category) && (!matches || matches.has(e.id)) && points.has(e.id));
  const inWindow = (e: StoryEvent) => overlapsWindow(e.time, window);
  // Out-of-window symbols go underneath, as on the WebGL map.
  const layered = [...shown.filter((e) => !inWindow(e)), ...shown.filter(inWindow)];
  const current = shown.filter(inWindow);
  const outside = current.filter((e) => !inView(points.get(e.id) as ScreenPoint, width, height)).length;
  // Too many to draw one by one: cells of the shown events in view, and the ringed ones on their own.
  const cells =
    current.length - outside > STATIC_SYMBOL_LIMIT
      ? densityCells(
          current.flatMap((e) => {
            const [x, y] = points.get(e.id) as ScreenPoint;
            return inView([x, y], width, height) ? [{ x, y, category: e.category }] : [];
          }),
          CELL,
        )
      : null;
  const ringedIds = new Set([selectedId, hoveredId, ...featuredIds]);
  const drawn = cells ? layered.filter((e) => ringedIds.has(e.id)) : layered;

  const detailed = view.zoom >= DETAIL_ZOOM;
  const shaded = useMemo(() => {
    const byIso = (features: readonly Feature[]) => new Map(features.map((f) => [String(f.properties?.iso), f]));
    const [world, europe] = [byIso(basemap.world.features), byIso(basemap.europe.features)];
    return shadedCountries.flatMap((iso) => (detailed ? europe.get(iso) : undefined) ?? world.get(iso) ?? []);
  }, [basemap, shadedCountries, detailed]);

  const lines = relationFeatures(relationLines).features.filter(
    ({ properties: p }) =>
      !hiddenCategories.has(p.aCategory) &&
      !hiddenCategories.has(p.bCategory) &&
      overlapsWindow({ min: p.a0, max: p.a1 }, window) &&
      overlapsWindow({ min: p.b0, max: p.b1 }, window),
  );

  const layerProps = { projection, basemap, theme, zoom: view.zoom, width, height };
  const { t } = translatorFor(props.lang);
  const summary = t('map.static', { events: t('core.events', { count: current.length }), outside: outside ? outside : t('map.noneOutside') });
  const button = { width: 32, height: 32, border: '1px solid var(--border)', background: 'var(--surface)', fontSize: 20, lineHeight: 1, cursor: 'pointer' };

  return (
    <div ref={frame} className="map-frame" role="region" aria-label={t('map.labelStatic')} style={{ overflow: 'hidden', background: theme.sea }}>
      {width > 0 && height > 0 && (
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={summary}
          style={{ display: 'block' }}
          onClick={(e) => onSelect(eventIdOf(e.target))}
          onMouseOver={(e) => {
            const id = eventIdOf(e.target);
            if (id !== hoveredId) onHover(id);
          }}
          onMouseLeave={() => {
            if (hoveredId) onHover(null);
          }}
        >
          <Basemap {...layerProps} />
          <g aria-hidden="true" fill={theme.highlight} fillOpacity={0.08} stroke={theme.highlight} strokeWidth={1.5} strokeDasharray="4.5 3">
            {shaded.map((f) => (
              <path key={String(f.properties?.iso)} d={path(f) ?? ''} />
            ))}
          </g>
          <Places {...layerProps} symbols={symbols} lang={props.lang} />
          <g aria-hidden="true" fontFamily={FONT_FAMILY}>
            {lines.map((line) => {
              const mid = line.geometry.coordinates[Math.floor(line.geometry.coordinates.length / 2)];
              const [x, y] = projection([mid[0], mid[1]]) ?? [0, 0];
              return (
                <g key={`${line.properties.from}>${line.properties.to}:${line.properties.kind}`}>
                  <path
                    d={path(line) ?? ''}
                    fill="none"
                    stroke={theme.relation}
                    strokeWidth={2}
                    strokeDasharray="4 3"
                    strokeLinecap="round"
                    strokeOpacity={0.85}
                  />
                  <text x={x} y={y} dy="-0.8em" fontSize={12} textAnchor="middle" fill={theme.cityLabel} {...halo(theme, 2)}>
                    {line.properties.kind}
                  </text>
                </g>
              );
            })}
          </g>
          {cells && (
            <g aria-hidden="true" stroke={theme.markerOutline} strokeWidth={1}>
              {cells.map((c) => (
                <circle
                  key={`${c.x},${c.y}`}
                  cx={c.x.toFixed(1)}
                  cy={c.y.toFixed(1)}
                  r={Math.min(CELL / 2, 2 + Math.sqrt(c.count))}
                  fill={styleById.get(c.category)?.colour}
                />
              ))}
            </g>
          )}
          <g aria-hidden="true">
            {drawn.map((e) => {
              const [x, y] = points.get(e.id) as ScreenPoint;
              const style = styleById.get(e.category);
              if (!style || !inView([x, y], width, height, 2 * MARKER_RADIUS)) return null;
              const faded = !inWindow(e);
              const ringed = ringedIds.has(e.id);
              return (
                <g key={e.id} data-event-id={e.id} transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`} style={{ cursor: 'pointer' }}>
                  <title>{e.title}</title>
                  {ringed && (
                    <>
                      <circle r={MARKER_RADIUS + 6} fill="none" stroke={theme.labelHalo} strokeWidth={1.5} />
                      <circle r={MARKER_RADIUS + 4} fill="none" stroke={theme.highlight} strokeWidth={3} />
                    </>
                  )}
                  <g opacity={faded ? 0.3 : 1} transform={faded ? 'scale(0.75)' : undefined}>
                    <circle r={MARKER_RADIUS + 3} fill="transparent" />
                    <EventSymbol style={style} variant={markerVariant(e.place.precision)} theme={theme} />
                  </g>
                </g>
              );
            })}
          </g>
        </svg>
      )}
      <div style={{ position: 'absolute', top: 10, right: 10, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <button
          type="button"
          aria-label={t('map.zoomIn')}
          title={t('map.zoomIn')}
          style={button}
          disabled={view.zoom >= MAX_ZOOM}
          onClick={() => setZoomed(zoomBy(view, 1))}
        >
          +
        </button>
        <button
          type="button"
          aria-label={t('map.zoomOut')}
          title={t('map.zoomOut')}
          style={button}
          disabled={view.zoom <= MIN_ZOOM}
          onClick={() => setZoomed(zoomBy(view, -1))}
        >
          −
        </button>
      </div>
      <p
        role="note"
        style={{
          position: 'absolute',
          left: 8,
          bottom: 8,
          margin: 0,
          maxWidth: 'calc(100% - 16px)',
          padding: '0.2rem 0.5rem',
          borderRadius: 4,
          background: 'var(--surface)',
          color: 'var(--text)',
          fontSize: 12,
        }}
      >
        {note ?? t('map.simplified')}
      </p>
    </div>
  );
}
