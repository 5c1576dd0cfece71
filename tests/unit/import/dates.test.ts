import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarDate, dayMonthYear, edtfDate, interval } from '../../../src/import/dates';
import { parseEdtf } from '../../../src/time/edtf';

describe('calendarDate', () => {
  it('gives the precision that was filled in', () => {
    expect(calendarDate('2019', '', '')).toEqual({ ok: true, edtf: '2019' });
    expect(calendarDate('2019', '3', '')).toEqual({ ok: true, edtf: '2019-03' });
    expect(calendarDate('2019', '03', '5')).toEqual({ ok: true, edtf: '2019-03-05' });
    expect(calendarDate('800', '', '')).toEqual({ ok: true, edtf: '0800' });
  });

  it('names impossible days and parts that are not numbers', () => {
    expect(calendarDate('2019', '2', '31')).toMatchObject({ ok: false, part: 'day', message: '31 February 2019 does not exist' });
    expect(calendarDate('2019', '13', '')).toMatchObject({ ok: false, part: 'month' });
    expect(calendarDate('19th century', '', '')).toMatchObject({ ok: false, part: 'year' });
    expect(calendarDate('2020', '2', '29')).toEqual({ ok: true, edtf: '2020-02-29' });
  });

  it('agrees with the calendar for every day of every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const real = new Date(Date.UTC(2000, m - 1, d));
        real.setUTCFullYear(y);
        const exists = real.getUTCDate() === d;
        const result = calendarDate(String(y), String(m), String(d));
        expect(result.ok).toBe(exists);
        if (result.ok) expect(parseEdtf(result.edtf).ok).toBe(true);
      }),
    );
  });
});

describe('edtfDate', () => {
  it('accepts the EDTF the app reads and keeps the day of a timestamp', () => {
    for (const value of ['2019', '2019-03', '2019-03-15', '2019-03~', '2019-03-15?', '2019-21', '2019/2020'])
      expect(edtfDate(value)).toEqual({ ok: true, edtf: value });
    expect(edtfDate('2019-03-15T10:30:00Z')).toEqual({ ok: true, edtf: '2019-03-15' });
  });

  it('names an impossible day in either end', () => {
    expect(edtfDate('2019-02-30')).toMatchObject({ ok: false, message: '30 February 2019 does not exist' });
    expect(edtfDate('2019-01/2019-04-31')).toMatchObject({ ok: false, message: '31 April 2019 does not exist' });
    expect(edtfDate('15/03/2019').ok).toBe(false);
  });
});

describe('interval', () => {
  it('joins a start and an end, and says when the end comes first', () => {
    expect(interval('2019-03', '2019-05')).toEqual({ ok: true, edtf: '2019-03/2019-05' });
    expect(interval('2019-03', null)).toEqual({ ok: true, edtf: '2019-03' });
    expect(interval('2019-03', '2019-03')).toEqual({ ok: true, edtf: '2019-03' });
    expect(interval('2019-05', '2019-03')).toMatchObject({ ok: false, message: 'the end (2019-03) is before the start (2019-05)' });
  });
});

describe('dayMonthYear', () => {
  it('reads the forms ACLED exports use', () => {
    expect(dayMonthYear('2022-03-15')).toEqual({ ok: true, edtf: '2022-03-15' });
    expect(dayMonthYear('15 March 2022')).toEqual({ ok: true, edtf: '2022-03-15' });
    expect(dayMonthYear('5-Mar-2022')).toEqual({ ok: true, edtf: '2022-03-05' });
    expect(dayMonthYear('31 June 2022')).toMatchObject({ ok: false, message: '31 June 2022 does not exist' });
    expect(dayMonthYear('March 15, 2022').ok).toBe(false);
  });
});
