import { memo, useMemo } from 'react';
import { geoPath, type GeoProjection } from 'd3-geo';
import type { MapTheme } from './theme';
import type { FeatureCollection } from 'geojson';
import { FONT, type BasemapData } from './basemapStyle';
import { BASEMAP, shownAt } from './basemapLook';
import { MARKER_RADIUS } from './icons';
import type { Lang } from '../i18n/lang';
import { byZoom, inView, labelSpots, placeLabels, visiblePlaces, type ScreenPoint } from './staticProjection';

export const DETAIL_ZOOM = BASEMAP.detailZoom;
export const FONT_FAMILY = `"${FONT}", system-ui, sans-serif`;

export const halo = (theme: MapTheme, width: number) => ({
  stroke: theme.labelHalo,
  strokeWidth: width * 2,
  strokeLinejoin: 'round' as const,
  paintOrder: 'stroke',
});

export interface LayerProps {
  projection: GeoProjection;
  basemap: BasemapData;
  theme: MapTheme;
  zoom: number;
  width: number;
  height: number;
}

/** The features MapLibre's `minzoom` filter lets through at this zoom. */
const fromMinZoom = (collection: FeatureCollection, zoom: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: collection.features.filter((f) => shownAt(Number(f.properties?.minzoom), zoom)),
});

/** Land, the detailed Europe over the coarse world once zoomed in, water and borders, as basemapStyle.ts layers them. Re-drawn only when the view changes. */
export const Basemap = memo(function Basemap({ projection, basemap, theme, zoom }: LayerProps) {
  const d = useMemo(() => {
    const path = geoPath(projection).digits(1);
    const [west, south, east, north] = basemap.detailBox;
    const [x0, y0] = projection([west, north]) ?? [0, 0];
    const [x1, y1] = projection([east, south]) ?? [0, 0];
    const detailed = zoom >= BASEMAP.detailZoom;
    return {
      world: path(basemap.world) ?? '',
      mask: detailed ? `M${x0},${y0}H${x1}V${y1}H${x0}Z` : '',
      europe: detailed ? (path(basemap.europe) ?? '') : '',
      lakes: path(fromMinZoom(basemap.lakes, zoom)) ?? '',
      rivers: path(fromMinZoom(basemap.rivers, zoom)) ?? '',
      worldBorders: path(basemap.worldBorders) ?? '',
      europeBorders: detailed ? (path(basemap.europeBorders) ?? '') : '',
    };
  }, [projection, basemap, zoom]);
  const line = { fill: 'none', strokeLinejoin: 'round' as const, strokeLinecap: 'round' as const };
  const border = { ...line, stroke: theme.border, strokeWidth: byZoom(zoom, BASEMAP.borderWidth) };
  return (
    <g aria-hidden="true">
      <path d={d.world} fill={theme.land} />
      <path d={d.worldBorders} {...border} />
      {d.mask && <path d={d.mask} fill={theme.sea} />}
      <path d={d.europe} fill={theme.land} />
      <path d={d.lakes} fill={theme.sea} />
      <path d={d.rivers} {...line} stroke={theme.river} strokeWidth={byZoom(zoom, BASEMAP.riverWidth)} />
      <path d={d.europeBorders} {...border} />
    </g>
  );
});

/** City dots and names, and country names: none overlapping each other or an event symbol. */
export const Places = memo(function Places({
  projection,
  basemap,
  theme,
  zoom,
  width,
  height,
  symbols,
  lang,
}: LayerProps & { symbols: readonly ScreenPoint[]; lang: Lang }) {
  const { dots, labels } = useMemo(() => {
    const shown = visiblePlaces(basemap.places, zoom, lang).flatMap((place) => {
      const p = projection([place.lonLat[0], place.lonLat[1]]);
      return p && inView(p, width, height) ? [{ place, x: p[0], y: p[1] }] : [];
    });
    const candidates = shown.map(({ place, x, y }) => {
      const candidate = labelSpots(place, [x, y], zoom, MARKER_RADIUS + 5);
      return { ...candidate, boxes: candidate.boxes.filter((b) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height) };
    });
    const r = MARKER_RADIUS + 2;
    const obstacles = symbols.map(([x, y]) => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }));
    const labels = placeLabels(candidates, obstacles);
    // A dot only with its name, as on the WebGL map where the dot is the label's icon.
    const named = new Set(labels.map((l) => l.place));
    return { dots: shown.filter((s) => s.place.kind === 'city' && named.has(s.place)), labels };
  }, [projection, basemap, zoom, width, height, symbols, lang]);
  return (
    <g aria-hidden="true" fontFamily={FONT_FAMILY}>
      {dots.map(({ place, x, y }) => (
        <circle key={`${place.name}:${place.lonLat.join(',')}`} cx={x} cy={y} r={BASEMAP.cityDotRadius} fill={theme.cityDot} />
      ))}
      {labels.map(({ place, lines, size, box }) => {
        const country = place.kind === 'country';
        return (
          <text
            key={`${place.kind}:${place.name}:${place.lonLat.join(',')}`}
            y={box.y}
            fontSize={size}
            fill={country ? theme.countryLabel : theme.cityLabel}
            textAnchor={box.anchor}
            letterSpacing={country ? `${BASEMAP.countryLetterSpacing}em` : undefined}
            {...halo(theme, BASEMAP.labelHaloWidth)}
          >
            {lines.map((line, i) => (
              <tspan key={i} x={box.x} dy={i === 0 ? `${0.35 - ((lines.length - 1) * 1.2) / 2}em` : '1.2em'}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
});

/** A category's symbol in one of the precision variants icons.ts draws for MapLibre. */
