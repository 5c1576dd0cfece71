import { useEffect, useMemo, useRef } from 'react';
import { MercatorCoordinate, type Map as MapLibreMap } from 'maplibre-gl';
import type { Story } from '../story/model';
import type { TimeWindow } from '../time/window';
import type { CategoryStyle } from '../symbols/palette';
import type { MapTheme } from './theme';
import type { LabelPoints } from './features';
import { markerImages } from './icons';
import { denseColours, denseHits, densePoints, isDense } from './denseEvents';
import { denseLayer, type DenseLayer } from './denseLayer';
import { indexOf } from '../time/windowIndex';

export const DENSE_LAYER = 'events-dense';

const shownCount = (story: Story, window: TimeWindow | null) => indexOf(story.placed)?.countInWindow(window) ?? story.placed.length;

/** Pointer slack for a hit, in CSS pixels: about an event symbol's radius. */
const HIT_RADIUS = 10;

export interface DenseInput {
  readonly story: Story;
  readonly labels: LabelPoints;
  readonly styles: readonly CategoryStyle[];
  readonly theme: MapTheme;
  readonly window: TimeWindow | null;
  readonly hiddenCategories: ReadonlySet<string>;
  readonly matches: ReadonlySet<string> | null;
  readonly haloIds: readonly string[];
}

/** Finds the events under a point of the map, nearest first; null while the story is small enough for the symbol layers. */
export type DenseHitTest = ((map: MapLibreMap, x: number, y: number) => string[]) | null;

/**
 * A large story's events (see denseEvents.DENSE_LIMIT) drawn by one custom WebGL layer: the time
 * window, the hidden categories and the halos are pushed into it, and nothing is re-tiled.
 */
export function useDenseEvents(map: MapLibreMap | null, input: DenseInput): DenseHitTest {
  const { story, labels, styles, theme, window, hiddenCategories, matches, haloIds } = input;
  const dense = isDense(story.placed.length);
  const points = useMemo(() => (dense ? densePoints(story.placed, labels) : null), [dense, story, labels]);
  const layer = useRef<DenseLayer | null>(null);
  const latest = useRef({ window, hiddenCategories, matches });
  useEffect(() => {
    latest.current = { window, hiddenCategories, matches };
  });

  useEffect(() => {
    if (!map || !points) return;
    const images = markerImages(document, styles, { outline: theme.markerOutline, hollow: theme.land });
    const colours = denseColours(points, new Map(styles.map((s) => [s.id, s.colour])));
    const created = denseLayer(DENSE_LAYER, document, points, images, colours, theme.markerOutline);
    created.setWindow(latest.current.window, shownCount(story, latest.current.window));
    created.setHidden(latest.current.hiddenCategories, latest.current.matches);
    map.addLayer(created);
    layer.current = created;
    return () => {
      layer.current = null;
      if (map.getLayer(DENSE_LAYER)) map.removeLayer(DENSE_LAYER);
    };
  }, [map, points, story, styles, theme]);

  useEffect(() => layer.current?.setWindow(window, shownCount(story, window)), [map, points, story, window]);
  useEffect(() => layer.current?.setHidden(hiddenCategories, matches), [map, points, hiddenCategories, matches]);
  useEffect(() => layer.current?.setHalo(haloIds), [map, points, haloIds]);

  return useMemo(() => {
    if (!points) return null;
    return (m: MapLibreMap, x: number, y: number) => {
      const at = MercatorCoordinate.fromLngLat(m.unproject([x, y]));
      const radius = HIT_RADIUS / (512 * 2 ** m.getZoom());
      const { window: w, hiddenCategories: hidden, matches: only } = latest.current;
      return denseHits(points, [at.x, at.y], radius, w, hidden, only);
    };
  }, [points]);
}
