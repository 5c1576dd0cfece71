import { memo, useMemo } from 'react';
import { geoPath, type GeoProjection } from 'd3-geo';
import type { MapTheme } from './theme';
import { DETAIL_BOX, FONT, type BasemapData } from './style';
import { MARKER_RADIUS } from './icons';
import { byZoom, inView, labelSpots, placeLabels, visiblePlaces, type ScreenPoint } from './staticProjection';

/** As in style.ts: from this zoom the detailed Europe replaces the coarse world inside DETAIL_BOX. */
export const DETAIL_ZOOM = 3.5;
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

/** Land, the detailed Europe over the coarse world once zoomed in, and borders. Re-drawn only when the view changes. */
export const Basemap = memo(function Basemap({ projection, basemap, theme, zoom }: LayerProps) {
  const d = useMemo(() => {
    const path = geoPath(projection).digits(1);
    const [x0, y0] = projection([DETAIL_BOX.west, DETAIL_BOX.north]) ?? [0, 0];
    const [x1, y1] = projection([DETAIL_BOX.east, DETAIL_BOX.south]) ?? [0, 0];
    const detailed = zoom >= DETAIL_ZOOM;
    return {
      world: path(basemap.world) ?? '',
      worldBorders: path(basemap.worldBorders) ?? '',
      mask: detailed ? `M${x0},${y0}H${x1}V${y1}H${x0}Z` : '',
      europe: detailed ? (path(basemap.europe) ?? '') : '',
      europeBorders: detailed ? (path(basemap.europeBorders) ?? '') : '',
    };
  }, [projection, basemap, zoom]);
  const border = { fill: 'none', stroke: theme.border, strokeWidth: byZoom(zoom, [2, 0.4], [8, 1.2]), strokeLinejoin: 'round' as const };
  return (
    <g aria-hidden="true">
      <path d={d.world} fill={theme.land} />
      <path d={d.worldBorders} {...border} />
      {d.mask && <path d={d.mask} fill={theme.sea} />}
      <path d={d.europe} fill={theme.land} />
      <path d={d.europeBorders} {...border} />
    </g>
  );
});

/** City dots and names, and country names: none overlapping each other or an event symbol. */
export const Places = memo(function Places({ projection, basemap, theme, zoom, width, height, symbols }: LayerProps & { symbols: readonly ScreenPoint[] }) {
  const { dots, labels } = useMemo(() => {
    const shown = visiblePlaces(basemap.places, zoom).flatMap((place) => {
      const p = projection([place.lonLat[0], place.lonLat[1]]);
      return p && inView(p, width, height) ? [{ place, x: p[0], y: p[1] }] : [];
    });
    const candidates = shown.map(({ place, x, y }) => {
      const candidate = labelSpots(place, [x, y], zoom, MARKER_RADIUS + 5);
      return { ...candidate, boxes: candidate.boxes.filter((b) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height) };
    });
    const r = MARKER_RADIUS + 2;
    const obstacles = symbols.map(([x, y]) => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }));
    return { dots: shown.filter((s) => s.place.kind === 'city'), labels: placeLabels(candidates, obstacles) };
  }, [projection, basemap, zoom, width, height, symbols]);
  return (
    <g aria-hidden="true" fontFamily={FONT_FAMILY}>
      {dots.map(({ place, x, y }) => (
        <circle key={place.name} cx={x} cy={y} r={2.5} fill={theme.cityDot} />
      ))}
      {labels.map(({ place, lines, size, box }) => {
        const country = place.kind === 'country';
        return (
          <text
            key={`${place.kind}:${place.name}`}
            y={box.y}
            fontSize={size}
            fill={country ? theme.countryLabel : theme.cityLabel}
            textAnchor={box.anchor}
            letterSpacing={country ? '0.12em' : undefined}
            {...halo(theme, 1.5)}
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
