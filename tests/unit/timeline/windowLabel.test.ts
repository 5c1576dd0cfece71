import { describe, expect, it } from 'vitest';
import { windowLabel } from '../../../src/timeline/windowLabel';
import { endOfDay, utc } from '../fixtures';

const EXTENT = [utc('2017-07-01'), utc('2024-07-26')] as const;

describe('windowLabel', () => {
  it('writes the window as two UTC days', () => {
    expect(windowLabel({ start: utc('2019-09-12'), end: endOfDay('2020-11-30') }, EXTENT)).toBe('12 Sep 2019 – 30 Nov 2020');
  });

  it('says when every date is shown', () => {
    expect(windowLabel(null, EXTENT)).toBe('All dates, 1 Jul 2017 – 26 Jul 2024');
  });
});

describe('windowLabel in Dutch', () => {
  it('writes the window and all dates in Dutch', () => {
    expect(windowLabel({ start: utc('2019-03-12'), end: endOfDay('2020-10-30') }, EXTENT, 'nl')).toBe('12 mrt 2019 – 30 okt 2020');
    expect(windowLabel(null, EXTENT, 'nl')).toBe('Alle datums, 1 jul 2017 – 26 jul 2024');
  });
});
