import type { AppState } from './store';
import type { TimeWindow } from '../time/window';
import type { MapView } from '../story/schema';
import { isoDay } from '../time/format';
import { FACET_KEYS, FIXED_VALUES, type FacetKey, type FacetSelection } from '../search/facets';
import { isLang, type Lang } from '../i18n/lang';

/** The part of the state a link carries; `lang` is null when the link names no language. */
export type UrlState = Pick<AppState, 'window' | 'selectedId' | 'hiddenCategories' | 'facets' | 'query' | 'view' | 'presenting' | 'chapter'> & {
  readonly lang: Lang | null;
};

/** What a link may name, from the story shown. */
export interface KnownIds {
  readonly events: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  readonly chapterCount: number;
  /** The countries (ISO codes) and actors the story's events name. */
  readonly country: ReadonlySet<string>;
  readonly actor: ReadonlySet<string>;
}

/**
 * A facet's parameter. Actors' names may hold commas, so each is a parameter of its own
 * (`actor=A&actor=B`); the other facets' values are codes, listed with commas.
 */
const FACET_PARAMS: Readonly<Record<FacetKey, { readonly key: string; readonly repeated: boolean }>> = {
  country: { key: 'country', repeated: false },
  actor: { key: 'actor', repeated: true },
  verification: { key: 'verification', repeated: false },
  precision: { key: 'precision', repeated: false },
};

/** Longer than anyone types into a search box; a longer or control-character query is not read. */
export const QUERY_MAX = 200;
// eslint-disable-next-line no-control-regex -- control characters are what a query may not hold
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The values a link gives for a facet, read or not. */
export function facetParamValues(params: URLSearchParams, key: FacetKey): string[] {
  const { key: name, repeated } = FACET_PARAMS[key];
  return (repeated ? params.getAll(name) : (params.get(name) ?? '').split(',')).filter((v) => v !== '');
}

function parseFacets(params: URLSearchParams, known: KnownIds): FacetSelection {
  const chosen = (key: FacetKey): ReadonlySet<string> => {
    const values = facetParamValues(params, key);
    const allowed = FIXED_VALUES[key] ?? [...(key === 'country' ? known.country : known.actor)];
    const set = new Set(allowed);
    return new Set(values.filter((v) => set.has(v)));
  };
  return Object.fromEntries(FACET_KEYS.map((k) => [k, chosen(k)])) as Record<FacetKey, ReadonlySet<string>>;
}

function parseQuery(text: string | null): string {
  return text !== null && text.length <= QUERY_MAX && !CONTROL.test(text) ? text : '';
}

/** The page's own flags (see app/pageOptions.ts) and the story to load; kept as they are. */
export const PAGE_KEYS: readonly string[] = ['embed', 'id', 'plain', 'theme', 'data', 'story'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
/** A plain decimal: no hex, no exponent, no "Infinity", no spaces. */
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,8})?$/;
const COUNT = /^\d{1,4}$/;

function parseDay(text: string | null): number | null {
  if (text === null || !DAY.test(text)) return null;
  const t = Date.parse(`${text}T00:00:00Z`);
  // Date.parse rolls impossible days over (30 February → 2 March); refuse them instead.
  return Number.isNaN(t) || isoDay(t) !== text ? null : t;
}

function parseView(text: string | null): MapView | null {
  const texts = text?.split('/') ?? [];
  if (texts.length !== 3 || !texts.every((t) => DECIMAL.test(t))) return null;
  const [zoom, lat, lon] = texts.map(Number);
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, center: [lon, lat] };
}

/** Reads what it can from a query string; anything malformed or unknown is left out. */
export function searchToState(search: string, known: KnownIds): UrlState {
  const params = new URLSearchParams(search);
  const event = params.get('event');
  const langParam = params.get('lang');
  const from = parseDay(params.get('from'));
  const to = parseDay(params.get('to'));
  const window: TimeWindow | null = from !== null && to !== null && from <= to ? { start: from, end: to + DAY_MS - 1 } : null;
  const hidden = (params.get('hide') ?? '').split(',').filter((c) => known.categories.has(c));
  // Chapters are numbered from 1 in links, as a presenter would say them.
  const chapterText = params.get('chapter') ?? '1';
  const chapter = COUNT.test(chapterText) ? Number(chapterText) - 1 : 0;
  return {
    presenting: params.get('present') === '1' && known.chapterCount > 0,
    chapter: Math.max(0, Math.min(known.chapterCount - 1, chapter)),
    selectedId: event !== null && known.events.has(event) ? event : null,
    window,
    hiddenCategories: new Set(hidden),
    facets: parseFacets(params, known),
    query: parseQuery(params.get('q')),
    view: parseView(params.get('map')),
    lang: isLang(langParam) ? langParam : null,
  };
}

/**
 * What the address bar shows of the state. The language goes in only when it was asked for
 * (it came in the link, or the reader switched), so a link shared from a Dutch browser does not
 * force Dutch on everyone who opens it; each reader's own browser decides. A presentation is
 * the presenter's choice of words for a room, so its link always carries the language, as the
 * embed code does (see Masthead).
 */
export function toUrlState(state: AppState): UrlState {
  const { window, selectedId, hiddenCategories, facets, query, view, presenting, chapter } = state;
  return { window, selectedId, hiddenCategories, facets, query, view, presenting, chapter, lang: state.langChosen || presenting ? state.lang : null };
}

/** Writes the state into a query string, keeping the page's own flags and dropping anything unknown. */
export function stateToSearch(state: UrlState, current: string): string {
  const params = new URLSearchParams();
  const kept = new URLSearchParams(current);
  for (const key of PAGE_KEYS) {
    const value = kept.get(key);
    if (value !== null) params.set(key, value);
  }
  if (state.selectedId) params.set('event', state.selectedId);
  if (state.window) {
    params.set('from', isoDay(state.window.start));
    params.set('to', isoDay(state.window.end));
  }
  if (state.hiddenCategories.size) params.set('hide', [...state.hiddenCategories].sort().join(','));
  if (state.query) params.set('q', state.query);
  for (const facet of FACET_KEYS) {
    const values = [...state.facets[facet]].sort();
    const { key, repeated } = FACET_PARAMS[facet];
    if (repeated) values.forEach((v) => params.append(key, v));
    else if (values.length) params.set(key, values.join(','));
  }
  if (state.view) {
    const { zoom, center } = state.view;
    params.set('map', `${zoom.toFixed(2)}/${center[1].toFixed(4)}/${center[0].toFixed(4)}`);
  }
  if (state.presenting) {
    params.set('present', '1');
    params.set('chapter', String(state.chapter + 1));
  }
  if (state.lang) params.set('lang', state.lang);
  const text = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
