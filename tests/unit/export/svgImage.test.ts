// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { styledClone } from '../../../src/export/svgImage';

function timelineLike(): SVGSVGElement {
  document.head.innerHTML = `<style>
    .lane.odd { fill: rgb(243, 242, 238); }
    .mark.out { opacity: 0.22; }
    .axis text { font-size: 11px; font-family: "Noto Sans", sans-serif; }
    .hidden { display: none; }
    .fuzzy { fill: url("http://localhost/graphics/atlas/#hatch-raid"); }
  </style>`;
  document.body.innerHTML = `<svg class="timeline-svg" width="300" height="60">
    <defs><pattern id="hatch-raid" width="5" height="5"><rect width="5" height="5" fill="#D55E00" /></pattern></defs>
    <rect class="lane odd" width="300" height="20" />
    <g class="mark out"><rect class="fuzzy" width="40" height="9" /></g>
    <g class="axis"><text>2019</text></g>
    <g class="hidden"><circle r="3" /></g>
  </svg>`;
  return document.querySelector('svg') as SVGSVGElement;
}

describe('styledClone', () => {
  it('carries the styles that came from class rules inline, since an <img> has no page CSS', () => {
    const clone = styledClone(timelineLike(), window);
    expect((clone.querySelector('.lane') as SVGElement).style.getPropertyValue('fill')).toBe('rgb(243, 242, 238)');
    expect((clone.querySelector('.mark') as SVGElement).style.getPropertyValue('opacity')).toBe('0.22');
    expect((clone.querySelector('.axis text') as SVGElement).style.getPropertyValue('font-size')).toBe('11px');
    expect((clone.querySelector('.hidden') as SVGElement).style.getPropertyValue('display')).toBe('none');
  });

  it('keeps the hatch patterns, and makes references to them local to the copy', () => {
    const clone = styledClone(timelineLike(), window);
    expect(clone.querySelector('defs pattern#hatch-raid')).not.toBeNull();
    expect((clone.querySelector('.fuzzy') as SVGElement).style.getPropertyValue('fill')).toMatch(/^url\("?#hatch-raid"?\)$/);
  });

  it('leaves the page’s own SVG untouched', () => {
    const svg = timelineLike();
    styledClone(svg, window);
    expect(svg.querySelector('.lane')?.getAttribute('style')).toBeNull();
  });
});
