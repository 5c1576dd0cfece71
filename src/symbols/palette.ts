/**
 * Category colours from the Okabe–Ito palette, which stays distinguishable for the
 * common forms of colour blindness. Each category also has its own shape, so colour
 * is never the only cue.
 */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'hexagon', 'star', 'cross', 'pentagon'] as const;
export type Shape = (typeof SHAPES)[number];

// The last is a mid grey rather than black, so it reads on both the light and the dark map.
export const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8a6d00', '#808080'] as const;

export interface CategoryStyle {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  readonly shape: Shape;
}

export function categoryStyles(categories: readonly { id: string; label: string }[]): CategoryStyle[] {
  return categories.map((c, i) => ({ ...c, colour: COLOURS[i % COLOURS.length], shape: SHAPES[i % SHAPES.length] }));
}
