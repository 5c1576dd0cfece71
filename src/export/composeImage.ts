import type { Shape } from '../symbols/palette';
import { shapePath } from '../symbols/shapes';
import { FONT } from '../map/style';
import { CONTENT_WIDTH, coverRect, LEGEND_WIDTH, MAX_LINES, MIN_TIMELINE_TEXT, SLIDE, slideLayout, TYPE, wrapLines, type Rect, type Size } from './layout';
import { svgImage, svgSize } from './svgImage';
import { translatorFor, type Lang } from '../i18n';

/** The selected event, named on the slide. */
export interface ExportCaption {
  readonly title: string;
  /** Its date and place in words: "23 April 2024 · Rotterdam". */
  readonly detail: string;
}

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly shape: Shape;
}

export interface ExportInput {
  title: string;
  /** e.g. the time window in words: "1 January 2019 – 31 December 2019 · 9 of 24 events". */
  subtitle?: string;
  /** The source credit line. */
  credit: string;
  legend: readonly LegendEntry[];
  /** The map's WebGL canvas (created with preserveDrawingBuffer), or the static fallback's SVG. */
  map: HTMLCanvasElement | SVGSVGElement | null;
  /** Draws the map afresh at the slide's map size; preferred to `map`, which is only the screen's pixels. */
  renderMap?: (size: Size) => Promise<HTMLCanvasElement>;
  caption?: ExportCaption | null;
  timeline: SVGSVGElement | null;
  /** Page background, e.g. '#ffffff'. */
  background: string;
  /** The language of the slide's own words ("The map is not available"); English if absent. */
  lang?: Lang;
  /** Text colour. */
  text: string;
}

type TextStyle = (typeof TYPE)[keyof typeof TYPE];
const font = (t: TextStyle) => `${t.weight} ${t.size}px "${FONT}", sans-serif`;
/** Secondary text (subtitle, credit) is the text colour, lighter. */
const MUTED = 0.72;

function drawLines(ctx: CanvasRenderingContext2D, lines: readonly string[], box: Rect, style: TextStyle, alpha = 1) {
  ctx.font = font(style);
  ctx.globalAlpha = alpha;
  lines.forEach((line, i) => ctx.fillText(line, box.x, box.y + (i + 0.5) * style.line));
  ctx.globalAlpha = 1;
}

/** The map as something to draw, and its size in that thing's own pixels. */
async function mapSource(map: HTMLCanvasElement | SVGSVGElement, box: Size, doc: Document): Promise<{ source: CanvasImageSource; size: Size }> {
  if ('getContext' in map) return { source: map, size: { width: map.width, height: map.height } };
  // Render the SVG at the size it will be drawn, so it is not scaled up as a bitmap.
  const natural = svgSize(map);
  const scale = Math.max(box.width / natural.width, box.height / natural.height);
  const size = { width: natural.width * scale, height: natural.height * scale };
  return { source: await svgImage(map, size, doc), size };
}

async function drawMap(ctx: CanvasRenderingContext2D, { map, renderMap, lang = 'en' }: ExportInput, box: Rect, doc: Document) {
  if (renderMap) {
    // Drawn at the box's size: one map pixel per slide pixel.
    ctx.drawImage(await renderMap({ width: Math.round(box.width), height: Math.round(box.height) }), box.x, box.y, box.width, box.height);
    frame(ctx, box);
    return;
  }
  if (!map) {
    ctx.globalAlpha = 0.06;
    ctx.fillRect(box.x, box.y, box.width, box.height);
    ctx.globalAlpha = MUTED;
    ctx.font = font(TYPE.subtitle);
    ctx.textAlign = 'center';
    ctx.fillText(translatorFor(lang).t('export.mapUnavailable'), box.x + box.width / 2, box.y + box.height / 2);
    ctx.textAlign = 'start';
    ctx.globalAlpha = 1;
    return;
  }
  const { source, size } = await mapSource(map, box, doc);
  const crop = coverRect(size, box);
  ctx.drawImage(source, crop.x, crop.y, crop.width, crop.height, box.x, box.y, box.width, box.height);
  frame(ctx, box);
}

function frame(ctx: CanvasRenderingContext2D, box: Rect) {
  ctx.globalAlpha = 0.25;
  ctx.lineWidth = 2;
  ctx.strokeRect(box.x - 1, box.y - 1, box.width + 2, box.height + 2);
  ctx.globalAlpha = 1;
}

/** The selected event under a rule: its title, then its date and place. */
function drawCaption(ctx: CanvasRenderingContext2D, title: readonly string[], detail: readonly string[], box: Rect) {
  ctx.globalAlpha = 0.4;
  ctx.fillRect(box.x, box.y - 12, box.width, 2);
  ctx.globalAlpha = 1;
  drawLines(ctx, title, box, TYPE.captionTitle);
  drawLines(ctx, detail, { ...box, y: box.y + title.length * TYPE.captionTitle.line }, TYPE.captionDetail, MUTED);
}

/** What the slide says, in words: for the PNG's text chunks (see pngText.ts). */
export function slideDescription(input: Pick<ExportInput, 'subtitle' | 'caption' | 'lang'>): string {
  const { t } = translatorFor(input.lang ?? 'en');
  const selected = input.caption ? t('export.selected', { title: input.caption.title, detail: input.caption.detail }) : '';
  return [input.subtitle, selected].filter(Boolean).join('. ');
}

function drawLegend(ctx: CanvasRenderingContext2D, entries: readonly LegendEntry[], box: Rect) {
  const row = Math.min(TYPE.legend.line, box.height / Math.max(1, entries.length));
  const radius = Math.min(12, row * 0.3);
  const textX = box.x + 2 * radius + 16;
  ctx.font = font(TYPE.legend);
  const measure = (s: string) => ctx.measureText(s).width;
  const text = ctx.fillStyle;
  entries.forEach((entry, i) => {
    const y = box.y + (i + 0.5) * row;
    ctx.save();
    ctx.translate(box.x + radius + 2, y);
    ctx.fillStyle = entry.colour;
    ctx.fill(new Path2D(shapePath(entry.shape, radius)));
    ctx.restore();
    ctx.fillStyle = text;
    ctx.fillText(wrapLines(entry.label, box.x + box.width - textX, measure, 1)[0] ?? '', textX, y);
  });
}

/** The current view as a 1920×1080 slide: title, subtitle, map, legend, timeline and credit. */
export async function composeImage(input: ExportInput, doc: Document = document): Promise<HTMLCanvasElement> {
  await Promise.all([TYPE.title, TYPE.subtitle, TYPE.captionTitle].map((t) => doc.fonts.load(font(t))));
  const canvas = doc.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(translatorFor(input.lang ?? 'en').t('export.noCanvas'));

  const wrap = (text: string, style: TextStyle, maxLines: number, width = CONTENT_WIDTH) => {
    ctx.font = font(style);
    return wrapLines(text, width, (s) => ctx.measureText(s).width, maxLines);
  };
  const title = wrap(input.title, TYPE.title, MAX_LINES.title);
  const subtitle = input.subtitle ? wrap(input.subtitle, TYPE.subtitle, MAX_LINES.subtitle) : [];
  const credit = wrap(input.credit, TYPE.credit, MAX_LINES.credit);
  const captionTitle = input.caption ? wrap(input.caption.title, TYPE.captionTitle, MAX_LINES.captionTitle, LEGEND_WIDTH) : [];
  const captionDetail = input.caption ? wrap(input.caption.detail, TYPE.captionDetail, MAX_LINES.captionDetail, LEGEND_WIDTH) : [];
  const timelineSize = input.timeline ? svgSize(input.timeline) : null;
  const layout = slideLayout({
    titleLines: title.length,
    subtitleLines: subtitle.length,
    creditLines: credit.length,
    timeline: timelineSize && timelineSize.width > 0 && timelineSize.height > 0 ? timelineSize : null,
    caption: input.caption ? { titleLines: captionTitle.length, detailLines: captionDetail.length } : null,
  });

  ctx.fillStyle = input.background;
  ctx.fillRect(0, 0, SLIDE.width, SLIDE.height);
  ctx.fillStyle = input.text;
  ctx.strokeStyle = input.text;
  ctx.textBaseline = 'middle';
  drawLines(ctx, title, layout.title, TYPE.title);
  drawLines(ctx, subtitle, layout.subtitle, TYPE.subtitle, MUTED);
  drawLines(ctx, credit, layout.credit, TYPE.credit, MUTED);
  drawLegend(ctx, input.legend, layout.legend);
  if (layout.caption) drawCaption(ctx, captionTitle, captionDetail, layout.caption);
  await drawMap(ctx, input, layout.map, doc);
  if (input.timeline && layout.timeline) {
    const image = await svgImage(input.timeline, layout.timeline, doc, { minTextPx: MIN_TIMELINE_TEXT });
    ctx.drawImage(image, layout.timeline.x, layout.timeline.y, layout.timeline.width, layout.timeline.height);
  }
  return canvas;
}
