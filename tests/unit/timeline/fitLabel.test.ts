import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLabel } from '../../../src/timeline/fitLabel';

/** Every code point 7 px wide: a monospaced stand-in for the canvas. */
const mono = (s: string) => Array.from(s).length * 7;

describe('fitLabel', () => {
  it('keeps a label that fits', () => {
    expect(fitLabel('Arrest', 42, mono)).toBe('Arrest');
  });

  it('cuts a long word and ends it with an ellipsis', () => {
    expect(fitLabel('Donaudampfschifffahrt', 70, mono)).toBe('Donaudamp…');
  });

  it('never splits a surrogate pair', () => {
    expect(fitLabel('😀😀😀😀', 21, mono)).toBe('😀😀…');
  });

  it('fitLabel() always fits the width, or is the ellipsis alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 0, max: 400 }), (text, width) => {
        const shown = fitLabel(text, width, mono);
        expect(mono(shown) <= width || shown === '…').toBe(true);
        if (shown !== text) expect(text.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
      }),
    );
  });
});
