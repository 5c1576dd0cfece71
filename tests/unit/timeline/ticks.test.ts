import { describe, expect, it } from 'vitest';
import { formatTick, tickCount } from '../../../src/timeline/ticks';
import { utc } from '../fixtures';

describe('formatTick', () => {
  it('names the year on every tick', () => {
    expect(formatTick(new Date(utc('2020-01-01')))).toBe('2020');
    expect(formatTick(new Date(utc('2020-04-01')))).toBe('Apr 2020');
    expect(formatTick(new Date(utc('2020-04-12')))).toBe('12 Apr 2020');
  });
});

describe('tickCount', () => {
  it('asks for at least three ticks, even on a 320 px phone', () => {
    expect(tickCount(280, 90)).toBe(3);
    expect(tickCount(120, 90)).toBe(3);
    expect(tickCount(1000, 90)).toBe(11);
  });
});

describe('formatTick in Dutch', () => {
  it('uses d3-time-format’s nl-NL months, in UTC', () => {
    expect(formatTick(new Date(utc('2020-01-01')), 'nl')).toBe('2020');
    expect(formatTick(new Date(utc('2019-03-01')), 'nl')).toBe('mrt 2019');
    expect(formatTick(new Date(utc('2020-10-12')), 'nl')).toBe('12 okt 2020');
    expect(formatTick(new Date(utc('2020-05-01')), 'nl')).toBe('mei 2020');
  });
});
