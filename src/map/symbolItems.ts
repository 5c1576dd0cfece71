import type { MapGeoJSONFeature } from 'maplibre-gl';
import type { Story } from '../story/model';
import { formatEventTime } from '../time/format';
import { translatorFor, type Lang } from '../i18n';
import { CLUSTER_RADIUS, EVENT_RADIUS, RING_TABLE } from './clusters';

/** A symbol drawn on the map, as the keyboard and screen readers reach it. */
export interface SymbolItem {
  readonly key: string;
  readonly ids: readonly string[];
  /** Centre and radius in CSS pixels from the map's top left. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly label: string;
}

/** The event ids a rendered feature stands for: a cluster's are held as ",a,b,". */
export function featureIds(f: Pick<MapGeoJSONFeature, 'properties'>): string[] {
  const { ids, id } = f.properties;
  return typeof ids === 'string' ? ids.split(',').filter(Boolean) : [String(id)];
}

function describe(story: Story, ids: readonly string[], lang: Lang): string {
  const { t } = translatorFor(lang);
  const events = ids.map((id) => story.byId.get(id)).filter((e) => e !== undefined);
  const [first] = events;
  if (!first) return '';
  const place = first.place?.name ?? '';
  if (events.length === 1) return t('map.symbol', { title: first.title, date: formatEventTime(first.time, lang), place });
  return t('map.cluster', { count: events.length, place });
}

/**
 * The symbols on screen, one per feature, west to east: what `project` puts where,
 * moved by the feature's ring slot as the layer's icon-offset does.
 */
export function symbolItems(
  features: readonly MapGeoJSONFeature[],
  project: (lngLat: [number, number]) => { x: number; y: number },
  story: Story,
  lang: Lang,
): SymbolItem[] {
  const seen = new Map<string, SymbolItem>();
  for (const f of features) {
    const key = String(f.properties.id);
    if (seen.has(key) || f.geometry.type !== 'Point') continue;
    const { x, y } = project(f.geometry.coordinates as [number, number]);
    const cluster = f.properties.kind === 'cluster';
    const [dx, dy] = cluster ? [0, 0] : (RING_TABLE[Number(f.properties.slot)] ?? [0, 0]);
    const ids = featureIds(f);
    seen.set(key, { key, ids, x: x + dx, y: y + dy, r: cluster ? CLUSTER_RADIUS : EVENT_RADIUS, label: describe(story, ids, lang) });
  }
  return [...seen.values()].sort((a, b) => a.x - b.x || a.y - b.y);
}
