/** A city's dot as an image for MapLibre, drawn into RGBA pixels: no canvas, so it is the same in a worker or a test. */
export const CITY_DOT = 'city-dot';

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** A filled disc of `radius` CSS pixels at `pixelRatio`, antialiased by coverage of its edge pixels. */
export function cityDotImage(colour: string, radius: number, pixelRatio: number): RgbaImage {
  const r = radius * pixelRatio;
  const size = Math.ceil(r * 2) + 2;
  const data = new Uint8Array(size * size * 4);
  const [red, green, blue] = channels(colour);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const coverage = Math.min(1, Math.max(0, r + 0.5 - Math.hypot(x + 0.5 - c, y + 0.5 - c)));
      data.set([red, green, blue, Math.round(coverage * 255)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
