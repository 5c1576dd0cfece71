import { describe, expect, it } from 'vitest';
import { toEventTime } from '../../../src/time/edtf';
import { describePrecision, formatDay, formatEventTime, formatPoint, isoDay } from '../../../src/time/format';
import { endOfDay, utc } from '../fixtures';

const point = (value: string) => toEventTime(value).start;
const words = (value: string) => formatEventTime(toEventTime(value));

describe('formatPoint', () => {
  it('names a day, a month and a year', () => {
    expect(formatPoint(point('2024-04-23'))).toBe('23 April 2024');
    expect(formatPoint(point('2024-04'))).toBe('April 2024');
    expect(formatPoint(point('2023'))).toBe('2023');
  });

  it('names seasons, with winter under the year it starts in', () => {
    expect(formatPoint(point('2020-21'))).toBe('spring 2020');
    expect(formatPoint(point('2020-23'))).toBe('autumn 2020');
    expect(formatPoint(point('2020-24'))).toBe('winter 2020');
  });

  it('names quarters', () => {
    expect(formatPoint(point('2017-33'))).toBe('early 2017');
    expect(formatPoint(point('2017-34'))).toBe('second quarter of 2017');
    expect(formatPoint(point('2017-36'))).toBe('late 2017');
  });

  it('says "about" for approximate and "(uncertain)" for uncertain dates', () => {
    expect(formatPoint(point('2022-10-15~'))).toBe('about 15 October 2022');
    expect(formatPoint(point('2020?'))).toBe('2020 (uncertain)');
    expect(formatPoint(point('2020-21%'))).toBe('about spring 2020 (uncertain)');
  });
});

describe('formatEventTime', () => {
  it('writes a single date like formatPoint', () => {
    expect(words('2022-10-15~')).toBe('about 15 October 2022');
  });

  it('shares the month and year of days within one month', () => {
    expect(words('2023-02-02/2023-02-04')).toBe('2–4 February 2023');
  });

  it('joins whole years with a plain en dash', () => {
    expect(words('2018/2019')).toBe('2018–2019');
  });

  it('writes both ends in full otherwise', () => {
    expect(words('2017-36/2020-21')).toBe('late 2017 – spring 2020');
    expect(words('2019-09-12/2019-11')).toBe('12 September 2019 – November 2019');
    expect(words('2023-01-30/2023-02-02')).toBe('30 January 2023 – 2 February 2023');
    expect(words('2023-02-02/2024-02-04')).toBe('2 February 2023 – 4 February 2024');
    expect(words('2023-02-02~/2023-02-04')).toBe('about 2 February 2023 – 4 February 2023');
  });

  it('keeps a qualifier on the end of an interval', () => {
    expect(words('2023-02-02/2023-02-04~')).toBe('2 February 2023 – about 4 February 2023');
    expect(words('2018/2019~')).toBe('2018 – about 2019');
    expect(words('2018/2019?')).toBe('2018 – 2019 (uncertain)');
  });
});

describe('describePrecision', () => {
  it('describes a date known to one precision', () => {
    expect(describePrecision(toEventTime('2024-04-23'))).toBe('Date known to the day');
    expect(describePrecision(toEventTime('2018/2019'))).toBe('Date known to the year');
  });

  it('describes each end of an interval whose ends differ', () => {
    expect(describePrecision(toEventTime('2017-36/2020-21'))).toBe('Start known to the quarter, end to the season');
  });

  it('adds "approximate" when either end is approximate', () => {
    expect(describePrecision(toEventTime('2022-10-15~'))).toBe('Date known to the day, approximate');
    expect(describePrecision(toEventTime('2019/2020-06~'))).toBe('Start known to the year, end to the month, approximate');
  });
});

describe('formatDay', () => {
  it('names the UTC day of any moment in it', () => {
    expect(formatDay(utc('2019-03-12'))).toBe('12 March 2019');
    expect(formatDay(endOfDay('2019-03-12'))).toBe('12 March 2019');
  });
});

describe('isoDay', () => {
  it('gives the UTC calendar day', () => {
    expect(isoDay(utc('2019-03-12'))).toBe('2019-03-12');
    expect(isoDay(endOfDay('2019-12-31'))).toBe('2019-12-31');
    expect(isoDay(utc('2020-01-01T23:30:00+02:00'))).toBe('2020-01-01');
    expect(isoDay(utc('2020-01-01T23:30:00-02:00'))).toBe('2020-01-02');
  });
});

describe('in Dutch', () => {
  const nl = (value: string) => formatEventTime(toEventTime(value), 'nl');
  it('words every precision', () => {
    expect(formatPoint(point('2024-04-23'), 'nl')).toBe('23 april 2024');
    expect(formatPoint(point('2024-04'), 'nl')).toBe('april 2024');
    expect(formatPoint(point('2023'), 'nl')).toBe('2023');
    expect(['2020-21', '2020-22', '2020-23', '2020-24'].map((s) => formatPoint(point(s), 'nl'))).toEqual([
      'voorjaar 2020',
      'zomer 2020',
      'najaar 2020',
      'winter 2020',
    ]);
    expect(['2017-33', '2017-34', '2017-35', '2017-36'].map((s) => formatPoint(point(s), 'nl'))).toEqual([
      'begin 2017',
      'tweede kwartaal van 2017',
      'derde kwartaal van 2017',
      'eind 2017',
    ]);
  });

  it('says "ca." for approximate and "(onzeker)" for uncertain dates', () => {
    expect(nl('2022-10-15~')).toBe('ca. 15 oktober 2022');
    expect(nl('2020?')).toBe('2020 (onzeker)');
    expect(nl('2020-21%')).toBe('ca. voorjaar 2020 (onzeker)');
  });

  it('writes intervals as a Dutch reader does', () => {
    expect(nl('2017-36/2020-21')).toBe('eind 2017 – voorjaar 2020');
    expect(nl('2018/2019')).toBe('2018–2019');
    expect(nl('2023-02-02/2023-02-04')).toBe('2–4 februari 2023');
    expect(nl('2019-09-12/2019-11')).toBe('12 september 2019 – november 2019');
  });

  it('describes precision in Dutch', () => {
    expect(describePrecision(toEventTime('2022-10-15'), 'nl')).toBe('Datum bekend tot op de dag');
    expect(describePrecision(toEventTime('2017-36/2020-21'), 'nl')).toBe('Begin bekend tot op het kwartaal, einde tot op het seizoen');
    expect(describePrecision(toEventTime('2024-05~'), 'nl')).toBe('Datum bekend tot op de maand, bij benadering');
    expect(describePrecision(toEventTime('2019'), 'nl')).toBe('Datum bekend tot op het jaar');
  });

  it('formats a day in Dutch, in UTC', () => {
    expect(formatDay(utc('2019-03-12'), 'nl')).toBe('12 maart 2019');
    expect(formatDay(endOfDay('2019-03-12'), 'nl')).toBe('12 maart 2019');
  });
});
