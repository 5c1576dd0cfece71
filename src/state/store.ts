import { useSyncExternalStore } from 'react';
import type { Story } from '../story/model';
import type { TimeWindow } from '../time/window';
import type { MapView } from '../story/schema';
import { NO_FACETS, type FacetSelection } from '../search/facets';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';

export interface AppState {
  /** The story shown; replaced as a whole when another one loads (see replaceStory in actions.ts). */
  readonly story: Story;
  readonly window: TimeWindow | null;
  readonly selectedId: string | null;
  /** Hover is shared so the map and the timeline can highlight each other. */
  readonly hoveredId: string | null;
  readonly hiddenCategories: ReadonlySet<string>;
  /** Countries, actors, verification and place precision chosen (see search/facets.ts). */
  readonly facets: FacetSelection;
  /** The free-text search as typed; "" for none. */
  readonly query: string;
  /** The map's view as last reported by the map, or requested by the app. */
  readonly view: MapView | null;
  /** Presenter mode, and the chapter shown (0-based). */
  readonly presenting: boolean;
  readonly chapter: number;
  /** The interface's language. */
  readonly lang: Lang;
  /** True when the language was asked for (by `?lang=` or the switch), false when guessed from the browser; see url.ts. */
  readonly langChosen: boolean;
}

export const NO_CATEGORIES: ReadonlySet<string> = new Set();

/** `lang` is the browser's guess; a link's `?lang=` is applied over it with the rest of the address. */
export function initialState(story: Story, lang: Lang = DEFAULT_LANG): AppState {
  return {
    story,
    window: null,
    selectedId: null,
    hoveredId: null,
    hiddenCategories: NO_CATEGORIES,
    facets: NO_FACETS,
    query: '',
    view: null,
    presenting: false,
    chapter: 0,
    lang,
    langChosen: false,
  };
}

type Listener = () => void;

/** A pure function from the state (and its own arguments) to the part of the state that changes. */
export type Action<A extends unknown[]> = (state: AppState, ...args: A) => Partial<AppState>;

export interface Store {
  getState(): AppState;
  setState(patch: Partial<AppState>): void;
  /** Applies one action as one change: one notification, and at most one history entry. */
  update<A extends unknown[]>(action: Action<A>, ...args: A): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(state: AppState): Store {
  const listeners = new Set<Listener>();
  const setState = (patch: Partial<AppState>) => {
    const keys = Object.keys(patch) as (keyof AppState)[];
    if (keys.every((k) => Object.is(state[k], patch[k]))) return;
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };
  return {
    getState: () => state,
    setState,
    update: (action, ...args) => setState(action(state, ...args)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Subscribes a component to one slice of the store; it re-renders only when that slice changes. */
export function useStore<T>(store: Store, selector: (s: AppState) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
