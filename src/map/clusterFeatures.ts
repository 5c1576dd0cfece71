import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlacedEvent } from '../story/model';
import { markerVariant } from '../symbols/variant';
import { CLUSTER_RADIUS, clusterLevels, EVENT_RADIUS, ringSlot, type ZoomedSymbol } from './clusters';
import { iconName, mapPlace, type LabelPoints } from './features';
import { ringRadius } from './offsets';

/** One feature of the clusters source: an event, a cluster, or the name beside a national spot. */
export interface ClusterProperties {
  kind: 'event' | 'cluster' | 'label';
  /** The event's id; for a cluster or a label, its first event's, prefixed. */
  id: string;
  /** Every event it stands for, as ",a,b," so a filter can look one up with a substring test. */
  ids: string;
  count: number;
  /** Drawn at whole zooms zmin ≤ z < zmax. */
  zmin: number;
  zmax: number;
  icon?: string;
  /** Ring slot (see clusters.RING_TABLE). */
  slot?: number;
  /** A label's text, and how far it sits from its spot, in ems of the label's size. */
  name?: string;
  reach?: number;
}

export const LABEL_SIZE = 12;

/** What the clusters need of an event: small enough to post to a worker. */
export interface ClusterEvent {
  readonly id: string;
  readonly category: string;
  readonly place: Pick<PlacedEvent['place'], 'lon' | 'lat' | 'precision' | 'country'>;
}

export const clusterEvent = ({ id, category, place: { lon, lat, precision, country } }: ClusterEvent): ClusterEvent => ({
  id,
  category,
  place: { lon, lat, precision, country },
});

const joinIds = (ids: readonly string[]) => `,${ids.join(',')},`;

function symbolFeatures(symbol: ZoomedSymbol, byId: ReadonlyMap<string, ClusterEvent>, labels: LabelPoints): Feature<Point, ClusterProperties>[] {
  const { ids, zmin, zmax } = symbol;
  const geometry: Point = { type: 'Point', coordinates: [symbol.lon, symbol.lat] };
  const base = { zmin, zmax, ids: joinIds(ids), count: ids.length };
  const out: Feature<Point, ClusterProperties>[] = [];
  if (symbol.kind === 'cluster') out.push({ type: 'Feature', geometry, properties: { ...base, kind: 'cluster', id: `cluster:${ids[0]}` } });
  else
    ids.forEach((id, i) => {
      const e = byId.get(id);
      if (!e) return;
      const icon = iconName(e.category, markerVariant(e.place.precision));
      out.push({ type: 'Feature', geometry, properties: { ...base, kind: 'event', id, ids: joinIds([id]), count: 1, icon, slot: ringSlot(i, ids.length) } });
    });
  const country = symbol.national ? byId.get(ids[0])?.place.country : undefined;
  const label = country ? labels.get(country) : undefined;
  if (label) {
    const reach = (symbol.kind === 'cluster' ? CLUSTER_RADIUS : ringRadius(ids.length) + EVENT_RADIUS) + 5;
    out.push({
      type: 'Feature',
      geometry,
      properties: { ...base, kind: 'label', id: `label:${ids[0]}`, name: label.name.toUpperCase(), reach: reach / LABEL_SIZE },
    });
  }
  return out;
}

/**
 * The clusters source for the events shown now: for every whole zoom, each event on its own
 * where it has room, and a cluster with a count where it has not (see clusters.ts).
 */
export function clusterFeatures(shown: readonly ClusterEvent[], labels: LabelPoints): FeatureCollection<Point, ClusterProperties> {
  const byId = new Map(shown.map((e) => [e.id, e]));
  const points = shown.map((e) => ({ id: e.id, place: mapPlace(e, labels), national: e.place.precision === 'country' }));
  return { type: 'FeatureCollection', features: clusterLevels(points).flatMap((s) => symbolFeatures(s, byId, labels)) };
}
