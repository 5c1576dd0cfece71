import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ringOffsets, type Located, type PixelOffset } from '../../../src/map/offsets';

const at = (id: string, lon: number, lat: number): Located => ({ id, place: { lon, lat } });
const sameSpot = (n: number, lon = 4.9041, lat = 52.3676) => Array.from({ length: n }, (_, i) => at(`e${i}`, lon, lat));
const distance = ([ax, ay]: PixelOffset, [bx, by]: PixelOffset) => Math.hypot(ax - bx, ay - by);

describe('ringOffsets', () => {
  it('leaves lone events where they are', () => {
    const offsets = ringOffsets([at('amsterdam', 4.9041, 52.3676), at('rotterdam', 4.4777, 51.9244)]);
    expect([...offsets]).toEqual([
      ['amsterdam', [0, 0]],
      ['rotterdam', [0, 0]],
    ]);
  });

  it('rings events at one spot clockwise from the top, in the order given', () => {
    // Four markers of 18 px with 4 px gaps: chord 22 px, radius 22 / (2 sin 45°) ≈ 15.6 px.
    const offsets = ringOffsets(sameSpot(4));
    expect(['e0', 'e1', 'e2', 'e3'].map((id) => offsets.get(id))).toEqual([
      [0, -15.6],
      [15.6, 0],
      [0, 15.6],
      [-15.6, 0],
    ]);
  });

  it('gives n co-located events distinct offsets at least markerSize apart (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 4, max: 40 }), (n, markerSize) => {
        const offsets = [...ringOffsets(sameSpot(n), markerSize).values()];
        expect(offsets).toHaveLength(n);
        offsets.forEach((a, i) => offsets.slice(i + 1).forEach((b) => expect(distance(a, b)).toBeGreaterThanOrEqual(markerSize)));
      }),
    );
  });

  it('does not group events about 1 km apart', () => {
    const offsets = ringOffsets([at('a', 4.9041, 52.3676), at('b', 4.9041, 52.3766), at('c', 4.9187, 52.3676)]);
    expect([...offsets.values()]).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('groups each spot separately', () => {
    const offsets = ringOffsets([...sameSpot(2), at('far-1', 21.0122, 52.2297), at('far-2', 21.0122, 52.2297), at('alone', 13.7373, 51.0504)]);
    expect(offsets.get('e0')).toEqual(offsets.get('far-1'));
    expect(offsets.get('e1')).toEqual(offsets.get('far-2'));
    expect(offsets.get('alone')).toEqual([0, 0]);
  });

  it('groups events a metre apart even across a 0.001° grid line', () => {
    const offsets = ringOffsets([at('a', 4.9005, 52.3676), at('b', 4.90049, 52.3676)]);
    expect(offsets.get('a')).not.toEqual(offsets.get('b'));
  });
});
