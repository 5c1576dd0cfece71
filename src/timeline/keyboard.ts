import { utcMonth, utcYear } from 'd3-time';
import type { Millis } from '../time/edtf';

/** Where a window edge goes for a key on its slider, or null if the key is not a slider key. */
export function stepEdge(value: Millis, key: string, bounds: readonly [Millis, Millis]): Millis | null {
  let next: Millis;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = +utcMonth.offset(new Date(value), -1);
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = +utcMonth.offset(new Date(value), 1);
      break;
    case 'PageDown':
      next = +utcYear.offset(new Date(value), -1);
      break;
    case 'PageUp':
      next = +utcYear.offset(new Date(value), 1);
      break;
    case 'Home':
      next = bounds[0];
      break;
    case 'End':
      next = bounds[1];
      break;
    default:
      return null;
  }
  return Math.min(bounds[1], Math.max(bounds[0], next));
}
