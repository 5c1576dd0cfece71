import type { Shape } from './palette';

/** Vertices of a shape on the unit circle, clockwise from the top; empty for a circle. */
export function shapeVertices(shape: Shape): [number, number][] {
  const polygon = (n: number, rotation = 0, radii: number[] = [1]) =>
    Array.from({ length: n * radii.length }, (_, i) => {
      const a = rotation + (i * 2 * Math.PI) / (n * radii.length) - Math.PI / 2;
      const r = radii[i % radii.length];
      return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
    });
  switch (shape) {
    case 'circle':
      return [];
    case 'square':
      return polygon(4, Math.PI / 4).map(([x, y]) => [x * 0.9, y * 0.9]);
    case 'triangle':
      return polygon(3).map(([x, y]) => [x * 1.1, y * 1.1 + 0.15]);
    case 'diamond':
      return polygon(4);
    case 'hexagon':
      return polygon(6);
    case 'pentagon':
      return polygon(5);
    case 'star':
      return polygon(5, 0, [1.1, 0.5]);
    case 'cross': {
      const w = 0.38;
      return [
        [-w, -1],
        [w, -1],
        [w, -w],
        [1, -w],
        [1, w],
        [w, w],
        [w, 1],
        [-w, 1],
        [-w, w],
        [-1, w],
        [-1, -w],
        [-w, -w],
      ];
    }
  }
}

/** An SVG path for a shape of radius `r` centred on the origin. */
export function shapePath(shape: Shape, r: number): string {
  const vertices = shapeVertices(shape);
  if (!vertices.length) return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  return `M${vertices.map(([x, y]) => `${(x * r).toFixed(2)},${(y * r).toFixed(2)}`).join('L')}Z`;
}
