import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEdtf, toEventTime, type EventTime } from '../../../src/time/edtf';
import { endOfDay, utc } from '../fixtures';

function parsed(value: string): EventTime {
  const result = parseEdtf(value);
  if (!result.ok) throw new Error(`expected "${value}" to parse, got: ${result.error}`);
  return result.value;
}

function failure(value: string): string {
  const result = parseEdtf(value);
  if (result.ok) throw new Error(`expected "${value}" to be rejected`);
  return result.error;
}

describe('parseEdtf', () => {
  describe('single dates', () => {
    it('reads a day as that whole UTC day', () => {
      const t = parsed('2024-04-23');
      expect([t.min, t.max]).toEqual([utc('2024-04-23'), endOfDay('2024-04-23')]);
      expect(t.start.precision).toBe('day');
      expect(t.isInterval).toBe(false);
      expect(t.end).toEqual(t.start);
    });

    it('reads a month and a year as their whole span', () => {
      expect(parsed('2023-02')).toMatchObject({ min: utc('2023-02-01'), max: endOfDay('2023-02-28'), start: { precision: 'month' } });
      expect(parsed('2020')).toMatchObject({ min: utc('2020-01-01'), max: endOfDay('2020-12-31'), start: { precision: 'year' } });
    });

    it('reads seasons as northern meteorological seasons', () => {
      expect(parsed('2020-21')).toMatchObject({ min: utc('2020-03-01'), max: endOfDay('2020-05-31'), start: { precision: 'season', part: 1 } });
      expect(parsed('2020-22').start).toMatchObject({ min: utc('2020-06-01'), max: endOfDay('2020-08-31'), part: 2 });
      expect(parsed('2020-23').start).toMatchObject({ min: utc('2020-09-01'), max: endOfDay('2020-11-30'), part: 3 });
      // Winter runs into the next year, including its February.
      expect(parsed('2020-24')).toMatchObject({ min: utc('2020-12-01'), max: endOfDay('2021-02-28'), start: { part: 4 } });
    });

    it('reads quarters as calendar quarters', () => {
      expect(parsed('2017-36')).toMatchObject({ min: utc('2017-10-01'), max: endOfDay('2017-12-31'), start: { precision: 'quarter', part: 4 } });
      expect(parsed('2017-33')).toMatchObject({ min: utc('2017-01-01'), max: endOfDay('2017-03-31'), start: { part: 1 } });
    });

    it('marks ~ as approximate, ? as uncertain and % as both, without moving the bounds', () => {
      expect(parsed('2022-10-15~')).toMatchObject({ min: utc('2022-10-15'), max: endOfDay('2022-10-15'), start: { approximate: true, uncertain: false } });
      expect(parsed('2020?').start).toMatchObject({ approximate: false, uncertain: true, precision: 'year' });
      expect(parsed('2020%').start).toMatchObject({ approximate: true, uncertain: true });
      expect(parsed('2020-21?').start).toMatchObject({ precision: 'season', uncertain: true });
      expect(parsed('2020').start).toMatchObject({ approximate: false, uncertain: false });
    });

    it('accepts a qualifier on a quarter', () => {
      expect(parsed('2017-36~')).toMatchObject({
        min: utc('2017-10-01'),
        max: endOfDay('2017-12-31'),
        start: { precision: 'quarter', part: 4, approximate: true },
      });
      expect(parsed('2017-33?').start).toMatchObject({ precision: 'quarter', part: 1, uncertain: true });
    });
  });

  describe('intervals', () => {
    it('reads an interval from the start of its first end to the end of its last', () => {
      const t = parsed('2017-36/2020-21');
      expect(t.isInterval).toBe(true);
      expect([t.min, t.max]).toEqual([utc('2017-10-01'), endOfDay('2020-05-31')]);
      expect(t.start.precision).toBe('quarter');
      expect(t.end.precision).toBe('season');
      expect(t.edtf).toBe('2017-36/2020-21');
    });

    it('rejects an interval that ends before it begins', () => {
      expect(failure('2020/2019')).toMatch(/ends before it begins/);
      expect(failure('2020-03-02/2020-03-01')).toMatch(/ends before it begins/);
    });
  });

  describe('invalid input', () => {
    it('rejects dates that are not in the calendar', () => {
      expect(failure('2024-02-30')).toMatch(/not a valid date/);
      expect(failure('2020-04-31')).toMatch(/not a valid date/);
      expect(failure('2020-13')).toMatch(/not a valid date/);
      expect(failure('2020-00')).toMatch(/not a valid date/);
      expect(parsed('2024-02-29').min).toBe(utc('2024-02-29'));
    });

    it('rejects 29 February outside leap years', () => {
      expect(failure('2023-02-29')).toMatch(/not a valid date/);
      expect(failure('2100-02-29')).toMatch(/not a valid date/);
    });

    it('rejects divisions that are neither seasons nor quarters', () => {
      for (const value of ['2020-25', '2020-32', '2020-37']) expect(failure(value)).toMatch(/only seasons .* and quarters/);
    });

    it('rejects text that is not a supported date', () => {
      for (const value of ['', 'spring 2020', '2020-1', ' 2020', '-2020', '2020-01-01T00:00', '2020/', '2020-21-05']) {
        expect(parseEdtf(value).ok, value).toBe(false);
      }
      expect(failure('2020/2021/2022')).toMatch(/more than one "\/"/);
    });
  });
});

const pad = (n: number) => String(n).padStart(2, '0');
const qualifier = fc.constantFrom('', '~', '?', '%');
/** Any date in the subset stories use; days stop at 28 so every one is in the calendar. */
const edtfPoint = fc.oneof(
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), qualifier).map(([y, q]) => `${y}${q}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), qualifier).map(([y, m, q]) => `${y}-${pad(m)}${q}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), qualifier)
    .map(([y, m, d, q]) => `${y}-${pad(m)}-${pad(d)}${q}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(21, 22, 23, 24), qualifier).map(([y, s, q]) => `${y}-${s}${q}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(33, 34, 35, 36)).map(([y, q]) => `${y}-${q}`),
);

describe('parseEdtf bounds (properties)', () => {
  it('every single date parses, with min <= max', () => {
    fc.assert(
      fc.property(edtfPoint, (value) => {
        const t = parsed(value);
        expect(t.min).toBeLessThanOrEqual(t.max);
        expect([t.start.min, t.start.max]).toEqual([t.min, t.max]);
      }),
    );
  });

  it('an interval parses exactly when its end can fall after its start, and spans both ends', () => {
    fc.assert(
      fc.property(edtfPoint, edtfPoint, (a, b) => {
        const start = parsed(a).start;
        const end = parsed(b).start;
        const result = parseEdtf(`${a}/${b}`);
        expect(result.ok).toBe(end.max >= start.min);
        if (!result.ok) return;
        expect(result.value.min).toBe(start.min);
        expect(result.value.max).toBe(Math.max(start.max, end.max));
        expect(result.value.min).toBeLessThanOrEqual(result.value.max);
      }),
    );
  });
});

describe('toEventTime', () => {
  it('returns the parsed time for a valid value', () => {
    expect(toEventTime('2019-09-12/2019-11')).toEqual(parsed('2019-09-12/2019-11'));
  });

  it('throws the parse error for an invalid value', () => {
    expect(() => toEventTime('2020/2019')).toThrow(/ends before it begins/);
  });
});

describe('parseEdtf and edtf.js', () => {
  // Any year, month (valid or not) or quarter, and day: edtf.js's other divisions are refused on purpose.
  // Years from 100: below, edtf.js's own days run into the next (0000-02-28 ends on 1 March).
  const anyPoint = fc.oneof(
    fc.integer({ min: 100, max: 9999 }).map((y) => String(y).padStart(4, '0')),
    fc
      .tuple(fc.integer({ min: 100, max: 9999 }), fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 33, max: 36 })))
      .map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
    fc
      .tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );
  it('parseEdtf(value) has the bounds edtf.js gives, and fails where it fails', () => {
    fc.assert(
      fc.property(anyPoint, (value) => {
        let expected: [number, number] | null;
        try {
          const e = edtf(value);
          // edtf.js takes 29 February in any year; the app never did.
          const day = value.split('-')[2];
          expected = day && new Date(e.min).getUTCDate() !== Number(day) ? null : [e.min, e.max];
        } catch {
          expected = null;
        }
        const result = parseEdtf(value);
        expect(result.ok ? [result.value.min, result.value.max] : null).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
