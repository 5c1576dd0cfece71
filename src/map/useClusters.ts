import { useEffect, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Story } from '../story/model';
import { visibleEvents } from '../state/filter';
import type { TimeWindow } from '../time/window';
import { isPlaced } from '../story/model';
import { clusterEvent, clusterFeatures } from './clusterFeatures';
import { CLUSTER_LAYERS, EVENT_LAYER } from './eventLayers';
import type { LabelPoints } from './features';
import type { ClusterRequest } from './clusters.worker';
import { isDense } from './denseEvents';

/**
 * Up to this many events the clusters follow the window at every frame of a scrub, on the
 * main thread (see tests/bench/clusters.bench.ts); above it a worker works them out once the
 * window settles, and the symbols are drawn one by one with the GPU time filter meanwhile.
 */
export const LIVE_LIMIT = 500;
/** How long the window must stay put before a large story's clusters are worked out again. */
const SETTLE_MS = 200;

/** The clusters for the shown events, worked out here. */
export function shownClusters(
  story: Story,
  window: TimeWindow | null,
  hiddenCategories: ReadonlySet<string>,
  labels: LabelPoints,
  matches: ReadonlySet<string> | null = null,
) {
  return clusterFeatures(visibleEvents(story.placed, window, { hiddenCategories, matches }).filter(isPlaced), labels);
}

/** The clusters the map starts with: none for a large story, whose worker sends them once the map is up. */
export function initialClusters(
  story: Story,
  window: TimeWindow | null,
  hiddenCategories: ReadonlySet<string>,
  labels: LabelPoints,
  matches: ReadonlySet<string> | null = null,
): FeatureCollection {
  if (story.events.length > LIVE_LIMIT) return { type: 'FeatureCollection', features: [] };
  return shownClusters(story, window, hiddenCategories, labels, matches);
}

function showClusters(map: MapLibreMap, clustered: boolean) {
  for (const id of CLUSTER_LAYERS) map.setLayoutProperty(id, 'visibility', clustered ? 'visible' : 'none');
  map.setLayoutProperty(EVENT_LAYER.events, 'visibility', clustered ? 'none' : 'visible');
}

/**
 * Keeps the "clusters" source in step with the time window, the hidden categories and the matches.
 * A large story draws its events one by one with the GPU time filter while the window moves,
 * and switches back to clusters once the worker has rebuilt them for the settled window.
 */
export function useClusters(
  map: MapLibreMap | null,
  story: Story,
  window: TimeWindow | null,
  hiddenCategories: ReadonlySet<string>,
  labels: LabelPoints,
  matches: ReadonlySet<string> | null = null,
) {
  // Made when first needed, ended with the map.
  const workerRef = useRef<Worker | null>(null);
  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>('clusters');
    // A dense story has no clusters: useDenseEvents draws it.
    if (!map || !source || isDense(story.placed.length)) return;
    if (story.events.length <= LIVE_LIMIT) {
      void source.setData(shownClusters(story, window, hiddenCategories, labels, matches));
      return;
    }
    const worker = (workerRef.current ??= new Worker(new URL('./clusters.worker.ts', import.meta.url), { type: 'module' }));
    showClusters(map, false);
    const id = Math.random();
    const onMessage = ({ data }: MessageEvent<{ id: number; collection: FeatureCollection }>) => {
      if (data.id === id) void source.setData(data.collection).then(() => showClusters(map, true));
    };
    worker.addEventListener('message', onMessage);
    const timer = setTimeout(() => {
      const events = visibleEvents(story.placed, window, { hiddenCategories, matches }).filter(isPlaced).map(clusterEvent);
      worker.postMessage({ id, events, labels } satisfies ClusterRequest);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
    };
  }, [map, story, window, hiddenCategories, labels, matches]);
}
