import { slideFontSize, type Size } from './layout';
import { FONT } from '../map/style';
import { inlineFontFaces } from './fonts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the app's CSS decides about an SVG node's look; the rest comes from its attributes. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'display',
  'visibility',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** `url("http://host/page#hatch-raid")` → `url(#hatch-raid)`: references stay inside the copy. */
const localRefs = (value: string) => value.replace(/url\(\s*["']?[^#"')]*(#[^"')]+)["']?\s*\)/g, 'url($1)');

function copyStyles(source: Element, target: Element, view: Window) {
  const computed = view.getComputedStyle(source);
  const style = (target as SVGElement).style;
  for (const name of PROPERTIES) {
    const value = computed.getPropertyValue(name);
    if (value) style.setProperty(name, localRefs(value));
  }
  for (let i = 0; i < source.children.length; i++) copyStyles(source.children[i], target.children[i], view);
}

/** The SVG's size on screen, in CSS pixels. */
export function svgSize(svg: SVGSVGElement): Size {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  return { width: svg.width.baseVal.value, height: svg.height.baseVal.value };
}

/**
 * A copy of `svg` that looks the same without the page's stylesheets: every node carries
 * its computed fill, stroke, opacity and font inline. The copy keeps its <defs> (hatch
 * patterns, clip paths), so references such as `url(#hatch-raid)` still resolve.
 */
export function styledClone(svg: SVGSVGElement, view: Window): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  copyStyles(svg, clone, view);
  return clone;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/**
 * Makes every text of `clone` at least `minTextPx` when the clone is drawn at `size`, and widens
 * its viewBox to take in text that then runs past the edge. Measured in a hidden copy in `doc`;
 * twice, as the wider viewBox draws everything a little smaller.
 */
function enlargeText(clone: SVGSVGElement, viewBox: Box, size: Size, minTextPx: number, doc: Document): Box {
  const texts = Array.from(clone.querySelectorAll<SVGTextElement>('text'));
  const original = texts.map((t) => parseFloat(t.style.getPropertyValue('font-size')) || 12);
  const holder = doc.createElement('div');
  Object.assign(holder.style, { position: 'fixed', left: '-20000px', top: '0', visibility: 'hidden' });
  holder.append(clone);
  doc.body.append(holder);
  let box = viewBox;
  try {
    for (let pass = 0; pass < 2; pass++) {
      const scale = Math.min(size.width / box.width, size.height / box.height);
      texts.forEach((t, i) => t.style.setProperty('font-size', `${slideFontSize(original[i], scale, minTextPx)}px`));
      box = union(viewBox, clone.getBBox());
    }
  } finally {
    holder.remove();
  }
  return box;
}

export interface SvgImageOptions {
  /** The smallest text in the image, in its own pixels (see layout.slideFontSize). */
  readonly minTextPx?: number;
}

/**
 * `svg` as a decoded image of `size` (drawn as vectors at that size, so it stays sharp
 * when scaled up). It is serialised into a Blob URL: nothing is requested from anywhere.
 */
export async function svgImage(svg: SVGSVGElement, size: Size, doc: Document = document, { minTextPx }: SvgImageOptions = {}): Promise<HTMLImageElement> {
  const view = doc.defaultView;
  if (!view) throw new Error('The document has no window to compute styles in.');
  const clone = styledClone(svg, view);
  const natural = svgSize(svg);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${natural.width} ${natural.height}`);
  if (minTextPx) {
    const [x, y, width, height] = (clone.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    const box = enlargeText(clone, { x, y, width, height }, size, minTextPx, doc);
    clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  }
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  const fonts = await inlineFontFaces(doc, FONT);
  if (fonts) {
    const style = doc.createElementNS(SVG_NS, 'style');
    style.textContent = fonts;
    clone.prepend(style);
  }
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const image = doc.createElement('img');
    image.width = size.width;
    image.height = size.height;
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}
