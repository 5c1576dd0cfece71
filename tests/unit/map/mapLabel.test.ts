import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapLabel } from '../../../src/map/mapLabel';

describe('mapLabel', () => {
  it('keeps a short label', () => {
    expect(mapLabel('same operation')).toBe('same operation');
  });

  it('cuts a long word with an ellipsis, keeping emoji whole', () => {
    expect(mapLabel('Donaudampfschifffahrt', 6)).toBe('Donau…');
    expect(mapLabel('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('mapLabel() is never longer than its cap, in code points (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (text, max) => {
        expect(Array.from(mapLabel(text, max)).length).toBeLessThanOrEqual(Math.max(max, 1));
      }),
    );
  });
});
