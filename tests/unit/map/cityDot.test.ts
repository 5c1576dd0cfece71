import { describe, expect, it } from 'vitest';
import { cityDotImage } from '../../../src/map/cityDot';

describe('cityDotImage', () => {
  const image = cityDotImage('#6e6e6e', 2.5, 2);
  const alpha = (x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];

  it('is a square just larger than the disc, at the pixel ratio', () => {
    expect(image.width).toBe(12);
    expect(image.height).toBe(12);
    expect(image.data).toHaveLength(12 * 12 * 4);
  });

  it('is opaque in the colour at the centre and clear in the corners', () => {
    const centre = (6 * image.width + 6) * 4;
    expect([...image.data.slice(centre, centre + 4)]).toEqual([0x6e, 0x6e, 0x6e, 255]);
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(11, 11)).toBe(0);
  });

  it('softens its edge', () => {
    const edge = alpha(1, 6);
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(255);
  });
});
