import type { PlacedEvent } from '../story/model';
import { overlapsWindow, type TimeWindow } from '../time/window';
import { inBounds, type Bounds } from './offscreen';

/**
 * The events the arrow keys step through on the map: those drawn in the view (in the
 * time window, not hidden, inside the map's bounds), in date order like the list,
 * ties broken by id.
 */
export function keyboardOrder(
  events: readonly PlacedEvent[],
  window: TimeWindow | null,
  hidden: ReadonlySet<string>,
  bounds: Bounds | null,
  matches: ReadonlySet<string> | null = null,
): string[] {
  return events
    .filter(
      (e) => !hidden.has(e.category) && (!matches || matches.has(e.id)) && overlapsWindow(e.time, window) && (bounds === null || inBounds(e.place, bounds)),
    )
    .sort((a, b) => a.time.min - b.time.min || a.id.localeCompare(b.id))
    .map((e) => e.id);
}

/** Where a key moves in that order from `current` (null: nothing chosen yet), or undefined for other keys. */
export function stepOrder(order: readonly string[], current: string | null, key: string): string | null | undefined {
  if (!order.length) return key.startsWith('Arrow') || key === 'Home' || key === 'End' ? null : undefined;
  const index = current === null ? -1 : order.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[index < 0 ? 0 : Math.min(order.length - 1, index + 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[index < 0 ? order.length - 1 : Math.max(0, index - 1)];
    case 'Home':
      return order[0];
    case 'End':
      return order[order.length - 1];
    default:
      return undefined;
  }
}
