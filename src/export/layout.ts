/** Slide geometry for the exported image, in slide pixels (1920×1080). Pure: no DOM. */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rect extends Size {
  readonly x: number;
  readonly y: number;
}

export const SLIDE: Size = { width: 1920, height: 1080 };
const MARGIN = 60;
const GAP = 24;
export const LEGEND_WIDTH = 340;
/** The width of the title, subtitle and credit. */
export const CONTENT_WIDTH = SLIDE.width - 2 * MARGIN;

/** Font size and line height of each text block. */
export const TYPE = {
  title: { size: 52, line: 64, weight: 600 },
  subtitle: { size: 26, line: 36, weight: 400 },
  legend: { size: 24, line: 44, weight: 400 },
  credit: { size: 19, line: 27, weight: 400 },
  /** The selected event: its title, then its date and place. */
  captionTitle: { size: 28, line: 36, weight: 600 },
  captionDetail: { size: 22, line: 30, weight: 400 },
} as const;

/** The smallest text the slide's timeline may have, in slide pixels: it must read from the back of a room. */
export const MIN_TIMELINE_TEXT = 18;

/**
 * The font size, in the SVG's own units, that text of `size` needs so that drawn at `scale`
 * it is at least `min` slide pixels.
 */
export function slideFontSize(size: number, scale: number, min = MIN_TIMELINE_TEXT): number {
  return Math.max(size, min / scale);
}

export const MAX_LINES = { title: 2, subtitle: 1, credit: 2, captionTitle: 3, captionDetail: 2 } as const;
/** Space above the caption, where a rule sets it off from the legend. */
const CAPTION_GAP = 20;

/**
 * The part of `src` to draw so that it covers `box` without distortion:
 * scaled to fill the box, with the overflow cropped equally from both sides.
 * In source units, for `drawImage(src, sx, sy, sw, sh, …box)`.
 */
export function coverRect(src: Size, box: Size): Rect {
  const scale = Math.max(box.width / src.width, box.height / src.height);
  const width = box.width / scale;
  const height = box.height / scale;
  return { x: (src.width - width) / 2, y: (src.height - height) / 2, width, height };
}

/** `src` scaled to the width of `box`, or smaller if it would be taller than the box; top left. */
export function fitWidth(src: Size, box: Rect): Rect {
  const scale = Math.min(box.width / src.width, box.height / src.height);
  return { x: box.x, y: box.y, width: src.width * scale, height: src.height * scale };
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at spaces.
 * The last line ends in "…" if the text does not fit; a word longer than a line is cut.
 */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= maxWidth || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && lines.every((l) => measure(l) <= maxWidth)) return lines;
  const kept = lines.slice(0, maxLines);
  const overflow = lines.length > maxLines;
  return kept.map((l, i) => (measure(l) > maxWidth || (overflow && i === kept.length - 1) ? ellipsize(l, maxWidth, measure) : l));
}

function ellipsize(line: string, maxWidth: number, measure: (s: string) => number): string {
  let chars = [...line];
  while (chars.length && measure(`${chars.join('').trimEnd()}…`) > maxWidth) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

export interface SlideInput {
  readonly titleLines: number;
  readonly subtitleLines: number;
  readonly creditLines: number;
  /** The timeline's size on screen, or null when there is none. */
  readonly timeline: Size | null;
  /** Lines of the selected event's caption, if an event is selected. */
  readonly caption?: { readonly titleLines: number; readonly detailLines: number } | null;
}

export interface SlideLayout {
  readonly title: Rect;
  readonly subtitle: Rect;
  readonly map: Rect;
  readonly legend: Rect;
  /** Below the legend: the selected event, or null when none is. */
  readonly caption: Rect | null;
  readonly timeline: Rect | null;
  readonly credit: Rect;
}

/** The largest share of the body the timeline may take, so the map stays the main picture. */
const TIMELINE_MAX_SHARE = 0.4;

/**
 * Title and subtitle across the top, the credit across the bottom; between them the map
 * with the timeline below it, and on the right a column with the legend over the selected event.
 */
export function slideLayout({ titleLines, subtitleLines, creditLines, timeline, caption = null }: SlideInput): SlideLayout {
  const content = CONTENT_WIDTH;
  const title: Rect = { x: MARGIN, y: MARGIN - 12, width: content, height: titleLines * TYPE.title.line };
  const subtitle: Rect = { x: MARGIN, y: title.y + title.height + (subtitleLines ? 4 : 0), width: content, height: subtitleLines * TYPE.subtitle.line };
  const creditHeight = creditLines * TYPE.credit.line;
  const credit: Rect = { x: MARGIN, y: SLIDE.height - MARGIN + 16 - creditHeight, width: content, height: creditHeight };

  const top = subtitle.y + subtitle.height + GAP;
  const bottom = credit.y - GAP;
  const left: Rect = { x: MARGIN, y: top, width: content - LEGEND_WIDTH - GAP, height: bottom - top };
  const captionHeight = caption ? CAPTION_GAP + caption.titleLines * TYPE.captionTitle.line + caption.detailLines * TYPE.captionDetail.line : 0;
  const column = { x: left.x + left.width + GAP, width: LEGEND_WIDTH };
  const legend: Rect = { ...column, y: top, height: bottom - top - captionHeight };
  const captionRect: Rect | null = caption ? { ...column, y: bottom - captionHeight + CAPTION_GAP, height: captionHeight - CAPTION_GAP } : null;

  if (!timeline) return { title, subtitle, credit, legend, caption: captionRect, map: left, timeline: null };
  const fitted = fitWidth(timeline, { ...left, height: left.height * TIMELINE_MAX_SHARE });
  const placed: Rect = { ...fitted, y: bottom - fitted.height };
  const map: Rect = { ...left, height: placed.y - GAP - top };
  return { title, subtitle, credit, legend, caption: captionRect, map, timeline: placed };
}
