/** Above this many shown events in view, the static map draws cells of events instead of one SVG symbol each. */
export const STATIC_SYMBOL_LIMIT = 1_000;

export interface DensityCell {
  /** Centre of the cell's events, in the same pixels as the input. */
  readonly x: number;
  readonly y: number;
  readonly count: number;
  /** The category most of its events belong to (the first seen among equals). */
  readonly category: string;
}

/**
 * Bins points into square cells of `size` pixels: one mark per cell, at the mean of its points,
 * so a static map of 100,000 events is a few thousand SVG elements, not 100,000.
 */
export function densityCells(points: Iterable<{ readonly x: number; readonly y: number; readonly category: string }>, size: number): DensityCell[] {
  const cells = new Map<string, { x: number; y: number; count: number; categories: Map<string, number> }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / size)},${Math.floor(p.y / size)}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { x: 0, y: 0, count: 0, categories: new Map() }));
    cell.x += p.x;
    cell.y += p.y;
    cell.count++;
    cell.categories.set(p.category, (cell.categories.get(p.category) ?? 0) + 1);
  }
  return [...cells.values()].map(({ x, y, count, categories }) => {
    let category = '';
    let most = 0;
    for (const [c, n] of categories) if (n > most) [category, most] = [c, n];
    return { x: x / count, y: y / count, count, category };
  });
}
