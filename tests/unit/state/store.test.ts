import { describe, expect, it } from 'vitest';
import { createStore, initialState } from '../../../src/state/store';

/** Subscribes and returns the number of notifications received so far. */
function counter(store: ReturnType<typeof createStore>) {
  let calls = 0;
  const unsubscribe = store.subscribe(() => calls++);
  return { calls: () => calls, unsubscribe };
}

describe('createStore', () => {
  it('starts from the initial state or the one given', () => {
    expect(createStore().getState()).toBe(initialState);
    expect(createStore({ ...initialState, selectedId: 'a' }).getState().selectedId).toBe('a');
  });

  it('merges a patch and notifies every subscriber once', () => {
    const store = createStore();
    const [a, b] = [counter(store), counter(store)];
    store.setState({ selectedId: 'transavia-breach', hoveredId: 'nxp' });
    expect(store.getState()).toEqual({ ...initialState, selectedId: 'transavia-breach', hoveredId: 'nxp' });
    expect([a.calls(), b.calls()]).toEqual([1, 1]);
  });

  it('keeps the state object and stays quiet when nothing changes', () => {
    const window = { start: 0, end: 10 };
    const store = createStore({ ...initialState, window });
    const before = store.getState();
    const listener = counter(store);
    store.setState({ window, selectedId: null });
    store.setState({});
    expect(store.getState()).toBe(before);
    expect(listener.calls()).toBe(0);
  });

  it('treats an equal but new value as a change', () => {
    const store = createStore({ ...initialState, window: { start: 0, end: 10 } });
    const listener = counter(store);
    store.setState({ window: { start: 0, end: 10 } });
    expect(listener.calls()).toBe(1);
  });

  it('stops notifying a subscriber after it unsubscribes', () => {
    const store = createStore();
    const [gone, kept] = [counter(store), counter(store)];
    gone.unsubscribe();
    store.setState({ selectedId: 'a' });
    expect([gone.calls(), kept.calls()]).toEqual([0, 1]);
  });
});
