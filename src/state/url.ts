import type { AppState } from './store';
import type { TimeWindow } from './filter';
import type { MapView } from '../story/schema';
import { isoDay } from '../time/format';

/** The part of the state a link carries. */
export type UrlState = Pick<AppState, 'window' | 'selectedId' | 'hiddenCategories' | 'view' | 'presenting' | 'chapter'>;

const KEYS = ['event', 'from', 'to', 'hide', 'map', 'present', 'chapter'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function parseDay(text: string | null): number | null {
  if (text === null || !DAY.test(text)) return null;
  const t = Date.parse(`${text}T00:00:00Z`);
  // Date.parse rolls impossible days over (30 February → 2 March); refuse them instead.
  return Number.isNaN(t) || isoDay(t) !== text ? null : t;
}

function parseView(text: string | null): MapView | null {
  const texts = text?.split('/') ?? [];
  if (texts.length !== 3 || texts.some((t) => t.trim() === '')) return null;
  const parts = texts.map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = parts;
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, center: [lon, lat] };
}

/** Reads what it can from a query string; anything malformed or unknown is left out. */
export function searchToState(search: string, knownEvents: ReadonlySet<string>, knownCategories: ReadonlySet<string>, chapterCount = 0): UrlState {
  const params = new URLSearchParams(search);
  const event = params.get('event');
  const from = parseDay(params.get('from'));
  const to = parseDay(params.get('to'));
  const window: TimeWindow | null = from !== null && to !== null && from <= to ? { start: from, end: to + DAY_MS - 1 } : null;
  const hidden = (params.get('hide') ?? '').split(',').filter((c) => knownCategories.has(c));
  // Chapters are numbered from 1 in links, as a presenter would say them.
  const chapter = Math.round(Number(params.get('chapter') ?? 1)) - 1;
  return {
    presenting: params.get('present') === '1' && chapterCount > 0,
    chapter: Number.isFinite(chapter) ? Math.max(0, Math.min(chapterCount - 1, chapter)) : 0,
    selectedId: event !== null && knownEvents.has(event) ? event : null,
    window,
    hiddenCategories: new Set(hidden),
    view: parseView(params.get('map')),
  };
}

/** Writes the state into a query string, keeping parameters that are not ours (embed, theme…). */
export function stateToSearch(state: UrlState, current: string): string {
  const params = new URLSearchParams(current);
  KEYS.forEach((k) => params.delete(k));
  if (state.selectedId) params.set('event', state.selectedId);
  if (state.window) {
    params.set('from', isoDay(state.window.start));
    params.set('to', isoDay(state.window.end));
  }
  if (state.hiddenCategories.size) params.set('hide', [...state.hiddenCategories].sort().join(','));
  if (state.view) {
    const { zoom, center } = state.view;
    params.set('map', `${zoom.toFixed(2)}/${center[1].toFixed(4)}/${center[0].toFixed(4)}`);
  }
  if (state.presenting) {
    params.set('present', '1');
    params.set('chapter', String(state.chapter + 1));
  }
  const text = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
