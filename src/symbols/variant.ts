/** How a marker shows how precisely its place is known: a point, a ringed region, or a country outline. */
export type MarkerVariant = 'point' | 'region' | 'country';

export function markerVariant(precision: string): MarkerVariant {
  return precision === 'country' ? 'country' : precision === 'region' ? 'region' : 'point';
}
