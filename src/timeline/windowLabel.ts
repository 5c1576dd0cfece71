import { utcFormat } from 'd3-time-format';
import type { TimeWindow } from '../time/window';
import type { Millis } from '../time/edtf';

const day = utcFormat('%-d %b %Y');

/** The window's dates as the reader sees them by the brush: "12 Sep 2019 – 30 Nov 2020". */
export function windowLabel(window: TimeWindow | null, extent: readonly [Millis, Millis]): string {
  if (!window) return `All dates, ${day(new Date(extent[0]))} – ${day(new Date(extent[1]))}`;
  return `${day(new Date(window.start))} – ${day(new Date(window.end))}`;
}
