import { describe, expect, it } from 'vitest';
import { COLOURS, SHAPES, categoryStyles } from '../../../src/symbols/palette';
import { DARK, LIGHT } from '../../../src/map/theme';

const categories = ['intelligence-report', 'official-statement', 'policy', 'intimidation', 'media-report', 'cyber-intrusion', 'raid', 'arrest-charge'].map(
  (id) => ({ id, label: id }),
);

describe('categoryStyles', () => {
  it('gives eight categories distinct colours and distinct shapes', () => {
    const styles = categoryStyles(categories);
    expect(new Set(styles.map((s) => s.colour.toLowerCase())).size).toBe(8);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(8);
  });

  it('keeps each category’s id and label, in order', () => {
    expect(categoryStyles(categories.slice(0, 2))).toEqual([
      { id: 'intelligence-report', label: 'intelligence-report', colour: COLOURS[0], shape: SHAPES[0] },
      { id: 'official-statement', label: 'official-statement', colour: COLOURS[1], shape: SHAPES[1] },
    ]);
  });

  it('starts over after eight categories rather than running out', () => {
    const ninth = categoryStyles([...categories, { id: 'extra', label: 'Extra' }])[8];
    expect(ninth).toMatchObject({ colour: COLOURS[0], shape: SHAPES[0] });
  });
});

/** WCAG 2 relative luminance of an sRGB colour written "#rrggbb". */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('COLOURS', () => {
  it('measures contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast(LIGHT.land, LIGHT.land)).toBe(1);
  });

  // Some Okabe–Ito fills are light (#E69F00 is 2.07:1 on the light land), so every marker gets an
  // outline that carries the 3:1 WCAG asks of graphical objects (1.4.11); the fill only tells categories apart.
  for (const theme of [LIGHT, DARK]) {
    it(`outlines markers at 3:1 or more against the ${theme.name} land and sea`, () => {
      expect(contrast(theme.markerOutline, theme.land)).toBeGreaterThanOrEqual(3);
      expect(contrast(theme.markerOutline, theme.sea)).toBeGreaterThanOrEqual(3);
    });
  }
});
