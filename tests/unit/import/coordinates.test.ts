import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCoordinates } from '../../../src/import/coordinates';

const where = { row: 3, id: 'x' };
const check = (lat: unknown, lon: unknown) => checkCoordinates({ lat, lon, latField: 'lat', lonField: 'lon' }, where);

describe('checkCoordinates', () => {
  it('accepts numbers and numeric text, with a decimal comma too', () => {
    expect(check('52.37', '4.89')).toEqual({ position: { lat: 52.37, lon: 4.89 }, problems: [] });
    expect(check('51,2194', '4,4025').position).toEqual({ lat: 51.2194, lon: 4.4025 });
    expect(check(-90, 180).position).toEqual({ lat: -90, lon: 180 });
  });

  it('treats two blanks as no coordinates, without a problem', () => {
    expect(check('', ' ')).toEqual({ position: null, problems: [] });
    expect(check(null, undefined)).toEqual({ position: null, problems: [] });
  });

  it.each([
    ['north', '4', 'lat', 'is not a number'],
    ['52', '4 E', 'lon', 'is not a number'],
    ['NaN', '4', 'lat', 'is not a number'],
    ['52', 'Infinity', 'lon', 'is not a finite number'],
    ['52', '1e999', 'lon', 'is not a finite number'],
    ['95', '200', 'lat', 'is outside −90 to 90'],
    ['45', '181', 'lon', 'is outside −180 to 180'],
    ['', '4', 'lat', 'the longitude is given but the latitude is missing'],
  ])('warns that lat %s, lon %s has a bad %s: %s', (lat, lon, field, message) => {
    const result = check(lat, lon);
    expect(result.position).toBeNull();
    expect(result.problems).toMatchObject([
      { row: 3, id: 'x', field, value: field === 'lat' ? lat || null : lon, message, kind: 'place', severity: 'warning' },
    ]);
  });

  it('reads 0, 0 as a missing place, with a warning', () => {
    expect(check('0', '0.0')).toMatchObject({ position: null, problems: [{ field: 'lat', severity: 'warning', message: expect.stringMatching(/0, 0/) }] });
    expect(check('0', '4').position).toEqual({ lat: 0, lon: 4 });
  });

  it('swaps coordinates back when only the swapped order is in range, with a warning', () => {
    const result = check('139.69', '35.69');
    expect(result.position).toEqual({ lat: 35.69, lon: 139.69 });
    expect(result.problems[0]).toMatchObject({ field: 'lat', severity: 'warning', message: expect.stringMatching(/swapped/) });
  });

  it('returns a position in range or a warning, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string()), fc.oneof(fc.double(), fc.string()), (lat, lon) => {
        const { position, problems } = check(lat, lon);
        if (position) {
          expect(Math.abs(position.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(position.lon)).toBeLessThanOrEqual(180);
        } else if (String(lat).trim() !== '' || String(lon).trim() !== '') expect(problems.length).toBe(1);
      }),
    );
  });
});
