const ELLIPSIS = '…';

/**
 * The longest start of `text` that fits in `width` pixels with an ellipsis after it, or the whole
 * text when it fits. Cuts between code points, never inside a surrogate pair; `measure` gives a
 * string's width in pixels, so this stays pure and testable.
 */
export function fitLabel(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  const points = Array.from(text);
  let lo = 0;
  let hi = points.length;
  // Binary search: a label of 200 characters needs 8 measurements, not 200.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(points.slice(0, mid).join('') + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  return points.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}
