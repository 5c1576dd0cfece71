/// <reference lib="webworker" />
import { clusterFeatures, type ClusterEvent } from './clusterFeatures';
import type { LabelPoints } from './features';

export interface ClusterRequest {
  readonly id: number;
  readonly events: readonly ClusterEvent[];
  readonly labels: LabelPoints;
}

// Large stories' clusters are worked out here, so a settling window does not hold up the page.
self.onmessage = ({ data }: MessageEvent<ClusterRequest>) => {
  self.postMessage({ id: data.id, collection: clusterFeatures(data.events, data.labels) });
};
