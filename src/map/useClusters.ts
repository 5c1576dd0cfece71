import { useEffect, useMemo } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Story } from '../story/model';
import { visibleEvents, type TimeWindow } from '../state/filter';
import { clusterFeatures } from './clusterFeatures';
import { CLUSTER_LAYERS, EVENT_LAYER } from './eventLayers';
import type { LabelPoints } from './features';

/**
 * Up to this many events the clusters follow the window at every frame of a scrub
 * (well under a millisecond per step); above it they catch up once the window settles.
 */
export const LIVE_LIMIT = 2000;
/** How long the window must stay put before a large story's clusters are worked out again. */
const SETTLE_MS = 200;

/** The clusters for the shown events, worked out on the main thread. */
export function shownClusters(story: Story, window: TimeWindow | null, hiddenCategories: ReadonlySet<string>, labels: LabelPoints) {
  return clusterFeatures(visibleEvents(story.events, window, { hiddenCategories }), labels);
}

function showClusters(map: MapLibreMap, clustered: boolean) {
  for (const id of CLUSTER_LAYERS) map.setLayoutProperty(id, 'visibility', clustered ? 'visible' : 'none');
  map.setLayoutProperty(EVENT_LAYER.events, 'visibility', clustered ? 'none' : 'visible');
}

/**
 * Keeps the "clusters" source in step with the time window and the hidden categories.
 * A large story draws its events one by one with the GPU time filter while the window moves,
 * and switches back to clusters once the window has settled and they are rebuilt.
 */
export function useClusters(map: MapLibreMap | null, story: Story, window: TimeWindow | null, hiddenCategories: ReadonlySet<string>, labels: LabelPoints) {
  const live = useMemo(() => story.events.length <= LIVE_LIMIT, [story]);
  useEffect(() => {
    if (!map) return;
    const source = map.getSource<GeoJSONSource>('clusters');
    if (!source) return;
    if (live) {
      void source.setData(shownClusters(story, window, hiddenCategories, labels));
      return;
    }
    showClusters(map, false);
    let cancelled = false;
    const timer = setTimeout(() => {
      void source.setData(shownClusters(story, window, hiddenCategories, labels)).then(() => !cancelled && showClusters(map, true));
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [map, live, story, window, hiddenCategories, labels]);
}
