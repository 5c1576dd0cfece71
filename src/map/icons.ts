import type { CategoryStyle } from '../symbols/palette';
import { shapeVertices } from '../symbols/shapes';
import { iconName } from './features';
import type { MarkerVariant } from '../symbols/variant';
import { CLUSTER_RADIUS } from './clusters';

export const PIXEL_RATIO = 2;
/** Marker radius in CSS pixels. */
export const MARKER_RADIUS = 8;

export interface MarkerImage {
  readonly name: string;
  readonly image: ImageData;
}

function tracePath(ctx: CanvasRenderingContext2D, style: CategoryStyle, cx: number, cy: number, r: number) {
  ctx.beginPath();
  const vertices = shapeVertices(style.shape);
  if (!vertices.length) ctx.arc(cx, cy, r, 0, 2 * Math.PI);
  vertices.forEach(([x, y], i) => (i ? ctx.lineTo(cx + x * r, cy + y * r) : ctx.moveTo(cx + x * r, cy + y * r)));
  ctx.closePath();
}

function context(doc: Document, size: number): CanvasRenderingContext2D | null {
  const canvas = doc.createElement('canvas');
  canvas.width = canvas.height = size;
  return canvas.getContext('2d', { willReadFrequently: true });
}

/** A cluster: a disc in the outline colour with a ring of the land's, its count written on it by the layer. */
function clusterImage(ctx: CanvasRenderingContext2D, size: number, outline: string, ring: string): ImageData {
  const c = size / 2;
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.arc(c, c, (CLUSTER_RADIUS - 1) * PIXEL_RATIO, 0, 2 * Math.PI);
  ctx.fillStyle = outline;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(c, c, (CLUSTER_RADIUS - 3.5) * PIXEL_RATIO, 0, 2 * Math.PI);
  ctx.lineWidth = 1.5 * PIXEL_RATIO;
  ctx.strokeStyle = ring;
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

/**
 * Marker images for the map. Precision is drawn, not just coloured:
 * a solid shape for a known city or address, a ringed shape for a region,
 * and a hollow, dashed shape for an event known only to the country.
 */
export function markerImages(doc: Document, styles: readonly CategoryStyle[], { outline, hollow }: { outline: string; hollow: string }): MarkerImage[] {
  // Markers are cut close (their box is what keeps labels clear of them); the halo has room for its rings.
  const size = (MARKER_RADIUS + 4) * 2 * PIXEL_RATIO;
  const ctx = context(doc, size);
  const haloSize = (MARKER_RADIUS + 8) * 2 * PIXEL_RATIO;
  const big = context(doc, haloSize);
  if (!ctx || !big) return [];
  let c = size / 2;
  const r = MARKER_RADIUS * PIXEL_RATIO;
  const images: MarkerImage[] = [];
  for (const style of styles) {
    for (const variant of ['point', 'region', 'country'] as MarkerVariant[]) {
      ctx.clearRect(0, 0, size, size);
      ctx.lineJoin = 'round';
      tracePath(ctx, style, c, c, r);
      ctx.setLineDash([]);
      ctx.lineWidth = 4 * PIXEL_RATIO;
      ctx.strokeStyle = outline;
      ctx.stroke();
      if (variant === 'point') {
        ctx.fillStyle = style.colour;
        ctx.fill();
      } else if (variant === 'region') {
        ctx.fillStyle = hollow;
        ctx.fill();
        ctx.lineWidth = 2.5 * PIXEL_RATIO;
        ctx.strokeStyle = style.colour;
        ctx.stroke();
        tracePath(ctx, style, c, c, r * 0.45);
        ctx.fillStyle = style.colour;
        ctx.fill();
      } else {
        ctx.fillStyle = hollow;
        ctx.fill();
        ctx.setLineDash([2.5 * PIXEL_RATIO, 1.5 * PIXEL_RATIO]);
        ctx.lineWidth = 2.5 * PIXEL_RATIO;
        ctx.strokeStyle = style.colour;
        ctx.stroke();
      }
      images.push({ name: iconName(style.id, variant), image: ctx.getImageData(0, 0, size, size) });
    }
  }
  c = haloSize / 2;
  big.beginPath();
  big.arc(c, c, r + 4 * PIXEL_RATIO, 0, 2 * Math.PI);
  big.lineWidth = 3 * PIXEL_RATIO;
  big.strokeStyle = '#111';
  big.stroke();
  big.beginPath();
  big.arc(c, c, r + 6 * PIXEL_RATIO, 0, 2 * Math.PI);
  big.lineWidth = 1.5 * PIXEL_RATIO;
  big.strokeStyle = '#fff';
  big.stroke();
  images.push({ name: 'halo', image: big.getImageData(0, 0, haloSize, haloSize) });
  const clusterCtx = context(doc, CLUSTER_RADIUS * 2 * PIXEL_RATIO);
  if (clusterCtx) images.push({ name: 'cluster', image: clusterImage(clusterCtx, CLUSTER_RADIUS * 2 * PIXEL_RATIO, outline, hollow) });
  return images;
}
