import type { Millis } from '../time/edtf';

/** Moves a time by whole months, keeping the day where the month allows (31 January + 1 month = 28 February). */
export function addMonths(t: Millis, months: number): Millis {
  const d = new Date(t);
  const target = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return +target;
}

/** Where a window edge goes for a key on its slider, or null if the key is not a slider key. */
export function stepEdge(value: Millis, key: string, bounds: readonly [Millis, Millis]): Millis | null {
  let next: Millis;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = addMonths(value, -1);
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = addMonths(value, 1);
      break;
    case 'PageDown':
      next = addMonths(value, -12);
      break;
    case 'PageUp':
      next = addMonths(value, 12);
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
