import { describe, expect, it } from 'vitest';
import { stepEdge } from '../../../src/timeline/keyboard';
import { utc } from '../fixtures';

const BOUNDS = [utc('2017-01-01'), utc('2025-01-01')] as const;
const step = (iso: string, key: string) => stepEdge(utc(iso), key, BOUNDS);

describe('stepEdge', () => {
  it('moves one month with the arrow keys', () => {
    expect(step('2019-03-12', 'ArrowRight')).toBe(utc('2019-04-12'));
    expect(step('2019-03-12', 'ArrowUp')).toBe(utc('2019-04-12'));
    expect(step('2019-03-12', 'ArrowLeft')).toBe(utc('2019-02-12'));
    expect(step('2019-03-12', 'ArrowDown')).toBe(utc('2019-02-12'));
  });

  it('keeps the time of day, so a window end stays at the end of its day', () => {
    expect(step('2019-03-12T23:59:59.999Z', 'ArrowRight')).toBe(utc('2019-04-12T23:59:59.999Z'));
  });

  it('moves one year with Page Up and Page Down', () => {
    expect(step('2019-03-12', 'PageUp')).toBe(utc('2020-03-12'));
    expect(step('2019-03-12', 'PageDown')).toBe(utc('2018-03-12'));
  });

  it('jumps to the bounds with Home and End', () => {
    expect(step('2019-03-12', 'Home')).toBe(BOUNDS[0]);
    expect(step('2019-03-12', 'End')).toBe(BOUNDS[1]);
  });

  it('stops at the bounds', () => {
    expect(step('2024-06-01', 'PageUp')).toBe(BOUNDS[1]);
    expect(step('2017-01-20', 'ArrowLeft')).toBe(BOUNDS[0]);
  });

  it('ignores keys that are not slider keys', () => {
    for (const key of ['Enter', ' ', 'a', 'Tab', 'arrowright']) expect(step('2019-03-12', key), key).toBeNull();
  });

  it('moves from the end of a long month to the end of a short one', () => {
    expect(step('2019-01-31', 'ArrowRight')).toBe(utc('2019-02-28'));
    expect(step('2019-03-31', 'ArrowLeft')).toBe(utc('2019-02-28'));
  });
});
