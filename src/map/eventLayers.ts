import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { TimeWindow } from '../time/window';
import type { MapTheme } from './theme';
import type { PixelOffset } from './offsets';
import { RING_TABLE } from './clusters';
import { LABEL_SIZE } from './clusterFeatures';

import { FONT } from './basemapStyle';

export { FONT };

export const EVENT_LAYER = {
  /** Every shown event in the window, each on its own: drawn only while a large story's window moves. */
  events: 'events',
  faded: 'events-faded',
  halo: 'events-halo',
  clusters: 'clusters',
  clusterEvents: 'cluster-events',
  clusterHalo: 'cluster-halo',
  clusterLabels: 'cluster-labels',
} as const;

/** Drawn while the clusters are up to date with the window; the live layer is drawn otherwise. */
export const CLUSTER_LAYERS = [EVENT_LAYER.clusters, EVENT_LAYER.clusterEvents, EVENT_LAYER.clusterHalo, EVENT_LAYER.clusterLabels];

/** True for features whose [t0, t1] overlaps the window; GPU-side, so scrubbing never rebuilds a source. */
export function overlaps(window: TimeWindow | null, t0: string, t1: string): ExpressionSpecification {
  if (!window) return ['boolean', true];
  return ['all', ['>=', ['get', t1], window.start], ['<=', ['get', t0], window.end]];
}

export function shownCategory(hidden: ReadonlySet<string>, property = 'category'): ExpressionSpecification {
  return ['!', ['in', ['get', property], ['literal', [...hidden]]]];
}

/** The facets' and search's matches (null: every event): a match on the id, which maplibre looks up in a table. */
const matchedCache = new WeakMap<ReadonlySet<string>, ExpressionSpecification>();
export function matched(matches: ReadonlySet<string> | null): ExpressionSpecification {
  if (!matches) return ['boolean', true];
  if (!matches.size) return ['boolean', false];
  let expression = matchedCache.get(matches);
  if (!expression) {
    // A match with one branch of many labels: beyond what the spec's tuple type can say.
    expression = ['match', ['get', 'id'], [...matches], true, false] as unknown as ExpressionSpecification;
    matchedCache.set(matches, expression);
  }
  return expression;
}

export function inWindowFilter(window: TimeWindow | null, hidden: ReadonlySet<string>, matches: ReadonlySet<string> | null = null): FilterSpecification {
  return ['all', shownCategory(hidden), matched(matches), overlaps(window, 't0', 't1')];
}

export function outOfWindowFilter(window: TimeWindow | null, hidden: ReadonlySet<string>, matches: ReadonlySet<string> | null = null): FilterSpecification {
  return ['all', shownCategory(hidden), matched(matches), ['!', overlaps(window, 't0', 't1')]];
}

export function idFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/** The out-of-window events among `ids`: the ones the clusters source does not hold. */
export function fadedHaloFilter(
  ids: readonly string[],
  window: TimeWindow | null,
  hidden: ReadonlySet<string>,
  matches: ReadonlySet<string> | null = null,
): FilterSpecification {
  return ['all', ['in', ['get', 'id'], ['literal', [...ids]]], shownCategory(hidden), matched(matches), ['!', overlaps(window, 't0', 't1')]];
}

/** Clusters-source features drawn at the zoom of their tile (see clusterFeatures). */
const atThisZoom: ExpressionSpecification = ['all', ['<=', ['get', 'zmin'], ['zoom']], ['<', ['zoom'], ['get', 'zmax']]];

const ofKind = (kind: string): ExpressionSpecification => ['all', ['==', ['get', 'kind'], kind], atThisZoom];

/** Clusters and events that stand for any of `ids`: `ids` is held as ",a,b,". */
export function clusterHaloFilter(ids: readonly string[]): FilterSpecification {
  return ['all', atThisZoom, ['any', ['boolean', false], ...ids.map((id): ExpressionSpecification => ['in', `,${id},`, ['get', 'ids']])]];
}

/** icon-offset by the feature's slot: a lookup in a table of literal offsets. */
export function iconOffset(table: readonly PixelOffset[]): ExpressionSpecification {
  if (table.length <= 1) return ['literal', [0, 0]];
  const branches = table.slice(1).flatMap((offset, i) => [i + 1, ['literal', [...offset]]]);
  // A match with a branch per slot: its variadic shape is beyond what the spec's tuple type can say.
  return ['match', ['get', 'slot'], ...branches, ['literal', [0, 0]]] as unknown as ExpressionSpecification;
}

/** Always drawn, and in the way of the labels below. */
const SOLID = { 'icon-allow-overlap': true, 'icon-ignore-placement': false } as const;

export interface EventLayersInput {
  readonly theme: MapTheme;
  readonly window: TimeWindow | null;
  readonly hiddenCategories: ReadonlySet<string>;
  readonly matches?: ReadonlySet<string> | null;
  /** The ring offsets the raw event features' slots refer to (offsetSlots(…).table). */
  readonly offsetTable: readonly PixelOffset[];
}

/**
 * The event layers, bottom to top. Sources: "events" holds every event (the time filter runs on
 * it GPU-side), "clusters" the shown events grouped for every whole zoom (clusterFeatures).
 */
export function eventLayers({ theme, window, hiddenCategories, matches = null, offsetTable }: EventLayersInput): LayerSpecification[] {
  const offset = iconOffset(offsetTable);
  const ringOffset = iconOffset(RING_TABLE);
  const halo = { 'icon-image': 'halo', 'icon-allow-overlap': true, 'icon-ignore-placement': true } as const;
  return [
    {
      id: EVENT_LAYER.faded,
      type: 'symbol',
      source: 'events',
      filter: outOfWindowFilter(window, hiddenCategories, matches),
      // Not drawn where it would overlap a shown symbol or another faded one.
      layout: { 'icon-image': ['get', 'icon'], 'icon-offset': offset, 'icon-size': 0.75, 'icon-ignore-placement': true },
      paint: { 'icon-opacity': 0.3 },
    },
    {
      id: EVENT_LAYER.halo,
      type: 'symbol',
      source: 'events',
      filter: fadedHaloFilter([], window, hiddenCategories, matches),
      layout: { ...halo, 'icon-offset': offset },
    },
    {
      id: EVENT_LAYER.clusterLabels,
      type: 'symbol',
      source: 'clusters',
      filter: ofKind('label'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT],
        'text-size': LABEL_SIZE,
        'text-letter-spacing': 0.12,
        'text-variable-anchor': ['bottom', 'top', 'right', 'left'],
        'text-radial-offset': ['get', 'reach'],
      },
      paint: { 'text-color': theme.countryLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 2 },
    },
    {
      id: EVENT_LAYER.events,
      type: 'symbol',
      source: 'events',
      filter: inWindowFilter(window, hiddenCategories, matches),
      layout: { visibility: 'none', 'icon-image': ['get', 'icon'], 'icon-offset': offset, ...SOLID, 'symbol-sort-key': ['get', 't0'] },
    },
    { id: EVENT_LAYER.clusterHalo, type: 'symbol', source: 'clusters', filter: clusterHaloFilter([]), layout: { ...halo, 'icon-offset': ringOffset } },
    {
      id: EVENT_LAYER.clusterEvents,
      type: 'symbol',
      source: 'clusters',
      filter: ofKind('event'),
      layout: { 'icon-image': ['get', 'icon'], 'icon-offset': ringOffset, ...SOLID },
    },
    {
      id: EVENT_LAYER.clusters,
      type: 'symbol',
      source: 'clusters',
      filter: ofKind('cluster'),
      layout: {
        'icon-image': 'cluster',
        ...SOLID,
        'text-field': ['to-string', ['get', 'count']],
        'text-font': [FONT],
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': theme.land },
    },
  ];
}
