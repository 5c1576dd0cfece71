import { describe, expect, it } from 'vitest';
import { createStore, initialState, type AppState } from '../../../src/state/store';
import { makeStory } from '../fixtures';

const start = initialState(makeStory([{ id: 'a', date: '2020' }]));
const storeWith = (patch: Partial<AppState> = {}) => createStore({ ...start, ...patch });

/** Subscribes and returns the number of notifications received so far. */
function counter(store: ReturnType<typeof createStore>) {
  let calls = 0;
  const unsubscribe = store.subscribe(() => calls++);
  return { calls: () => calls, unsubscribe };
}

describe('createStore', () => {
  it('starts from the state given', () => {
    expect(createStore(start).getState()).toBe(start);
    expect(storeWith({ selectedId: 'a' }).getState().selectedId).toBe('a');
  });

  it('merges a patch and notifies every subscriber once', () => {
    const store = storeWith();
    const [a, b] = [counter(store), counter(store)];
    store.setState({ selectedId: 'transavia-breach', hoveredId: 'nxp' });
    expect(store.getState()).toEqual({ ...start, selectedId: 'transavia-breach', hoveredId: 'nxp' });
    expect([a.calls(), b.calls()]).toEqual([1, 1]);
  });

  it('keeps the state object and stays quiet when nothing changes', () => {
    const window = { start: 0, end: 10 };
    const store = storeWith({ window });
    const before = store.getState();
    const listener = counter(store);
    store.setState({ window, selectedId: null });
    store.setState({});
    expect(store.getState()).toBe(before);
    expect(listener.calls()).toBe(0);
  });

  it('treats an equal but new value as a change', () => {
    const store = storeWith({ window: { start: 0, end: 10 } });
    const listener = counter(store);
    store.setState({ window: { start: 0, end: 10 } });
    expect(listener.calls()).toBe(1);
  });

  it('stops notifying a subscriber after it unsubscribes', () => {
    const store = storeWith();
    const [gone, kept] = [counter(store), counter(store)];
    gone.unsubscribe();
    store.setState({ selectedId: 'a' });
    expect([gone.calls(), kept.calls()]).toEqual([0, 1]);
  });
});

describe('store.update', () => {
  it('applies an action to the current state as one change', () => {
    const store = storeWith();
    const listener = counter(store);
    store.update((s, id: string) => ({ selectedId: id, hoveredId: s.selectedId }), 'a');
    expect(store.getState()).toMatchObject({ selectedId: 'a', hoveredId: null });
    expect(listener.calls()).toBe(1);
  });
});
