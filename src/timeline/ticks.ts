import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';

const [yearOnly, monthYear, dayMonthYear] = [utcFormat('%Y'), utcFormat('%b %Y'), utcFormat('%-d %b %Y')];

/** Every tick names its year, so a zoomed-in axis still says when it is. */
export function formatTick(d: Date): string {
  if (+utcYear.floor(d) === +d) return yearOnly(d);
  if (+utcMonth.floor(d) === +d) return monthYear(d);
  return +utcDay.floor(d) === +d ? dayMonthYear(d) : d.toISOString();
}

/** How many ticks to ask d3 for: one per `spacing` pixels, and never fewer than three. */
export function tickCount(width: number, spacing: number): number {
  return Math.max(3, Math.floor(width / spacing));
}
