import { useSyncExternalStore } from 'react';
import type { TimeWindow } from './filter';
import type { MapView } from '../story/schema';

export interface AppState {
  readonly window: TimeWindow | null;
  readonly selectedId: string | null;
  /** Hover is shared so the map and the timeline can highlight each other. */
  readonly hoveredId: string | null;
  readonly hiddenCategories: ReadonlySet<string>;
  /** The map's view as last reported by the map, or requested by the app. */
  readonly view: MapView | null;
  /** Presenter mode, and the chapter shown (0-based). */
  readonly presenting: boolean;
  readonly chapter: number;
}

export const initialState: AppState = {
  window: null,
  selectedId: null,
  hoveredId: null,
  hiddenCategories: new Set(),
  view: null,
  presenting: false,
  chapter: 0,
};

type Listener = () => void;

export interface Store {
  getState(): AppState;
  setState(patch: Partial<AppState>): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(state: AppState = initialState): Store {
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    setState(patch) {
      const keys = Object.keys(patch) as (keyof AppState)[];
      if (keys.every((k) => Object.is(state[k], patch[k]))) return;
      state = { ...state, ...patch };
      listeners.forEach((l) => l());
    },
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
