import { describe, expect, it } from 'vitest';
import { markerVariant } from '../../../src/symbols/variant';

describe('markerVariant', () => {
  it('draws city and address events as points, others by their precision', () => {
    expect(['address', 'city', 'region', 'country'].map(markerVariant)).toEqual(['point', 'point', 'region', 'country']);
  });
});
