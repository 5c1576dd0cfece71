import type { Selection } from 'd3-selection';
import type { DensityBins } from './density';

/** Draws one bar per non-empty bin, as tall as its share of the busiest bin, in its lane's colour. */
export function drawDensity(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  bins: DensityBins,
  laneColours: readonly string[],
  { top, rowHeight }: { top: (lane: number) => number; rowHeight: number },
) {
  const bars = bins.counts.flatMap((counts, lane) => Array.from(counts, (count, bin) => ({ lane, bin, count })).filter((d) => d.count > 0));
  layer.selectAll('g.mark').remove();
  layer
    .selectAll<SVGRectElement, (typeof bars)[number]>('rect.bin')
    .data(bars)
    .join('rect')
    .attr('class', 'bin')
    .attr('x', (d) => d.bin * bins.binWidth)
    .attr('width', bins.binWidth - 0.5)
    .attr('y', (d) => top(d.lane) + rowHeight * (1 - d.count / bins.max))
    .attr('height', (d) => Math.max(1, (rowHeight * d.count) / bins.max))
    .attr('fill', (d) => laneColours[d.lane]);
}
