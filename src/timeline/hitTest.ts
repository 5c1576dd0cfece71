import type { MarkLayout } from './layout';

/** Half of the 44 px touch target WCAG 2.5.5 asks for. */
export const TOUCH_RADIUS = 22;

/** Where a mark is drawn, in the marks layer's pixels. */
export interface MarkBox {
  readonly mark: MarkLayout;
  readonly top: number;
  readonly height: number;
}

/**
 * The mark a tap at (x, y) means: the nearest one whose box is within `radius`, so
 * every mark has a 44 px target even where marks are packed closer than that.
 */
export function markAt(boxes: readonly MarkBox[], x: number, y: number, radius = TOUCH_RADIUS): MarkLayout | null {
  let best: MarkLayout | null = null;
  let bestDistance = Infinity;
  for (const { mark, top, height } of boxes) {
    const dx = Math.max(mark.x0 - x, 0, x - mark.x1);
    const dy = Math.max(top - y, 0, y - (top + height));
    const distance = Math.hypot(dx, dy);
    if (distance <= radius && distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}
