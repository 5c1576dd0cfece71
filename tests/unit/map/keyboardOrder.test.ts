import { describe, expect, it } from 'vitest';
import { keyboardOrder, stepOrder } from '../../../src/map/keyboardOrder';
import { isPlaced } from '../../../src/story/model';
import { endOfDay, makeEvents, utc } from '../fixtures';

const events = makeEvents([
  { id: 'nowhere', date: '2020-02-01', place: null },
  { id: 'late', date: '2021-05-01' },
  { id: 'early', date: '2019-01-01' },
  { id: 'raid', date: '2020-01-01', category: 'raid' },
  { id: 'far', date: '2020-06-01', place: { lon: 120, lat: 23 } },
]).filter(isPlaced);
const EUROPE = { west: -10, south: 35, east: 30, north: 60 };

describe('keyboardOrder', () => {
  it('goes through the events in view in date order', () => {
    expect(keyboardOrder(events, null, new Set(), EUROPE)).toEqual(['early', 'raid', 'late']);
  });

  it('leaves out hidden categories and events outside the time window', () => {
    expect(keyboardOrder(events, { start: utc('2019-06-01'), end: endOfDay('2021-12-31') }, new Set(['raid']), EUROPE)).toEqual(['late']);
  });

  it('takes every place when the view is not known yet', () => {
    expect(keyboardOrder(events, null, new Set(), null)).toEqual(['early', 'raid', 'far', 'late']);
  });
});

describe('stepOrder', () => {
  const order = ['a', 'b', 'c'];
  it('starts at the first event going forward and the last going back', () => {
    expect(stepOrder(order, null, 'ArrowRight')).toBe('a');
    expect(stepOrder(order, null, 'ArrowLeft')).toBe('c');
  });

  it('steps and stops at the ends', () => {
    expect(stepOrder(order, 'a', 'ArrowDown')).toBe('b');
    expect(stepOrder(order, 'c', 'ArrowRight')).toBe('c');
    expect(stepOrder(order, 'a', 'ArrowUp')).toBe('a');
    expect([stepOrder(order, 'b', 'Home'), stepOrder(order, 'b', 'End')]).toEqual(['a', 'c']);
  });

  it('starts again when the current event left the view', () => {
    expect(stepOrder(order, 'gone', 'ArrowRight')).toBe('a');
  });

  it('ignores other keys, and has nothing to reach in an empty view', () => {
    expect(stepOrder(order, 'a', 'Enter')).toBeUndefined();
    expect(stepOrder([], null, 'ArrowRight')).toBeNull();
    expect(stepOrder([], null, 'x')).toBeUndefined();
  });
});
