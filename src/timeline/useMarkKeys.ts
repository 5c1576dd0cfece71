import { useState, type KeyboardEvent, type RefObject } from 'react';

export interface MarkKeys {
  /** The one mark in the tab order: the last one reached, else the selected one, else the first. */
  readonly tabStop: string | null;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  /** Records a mark reached by Tab or a click, so it keeps the tab stop. */
  readonly onFocusMark: (id: string | null) => void;
}

/** The marks as one tab stop: arrows and Home/End move through `order`, Enter or Space selects. */
export function useMarkKeys(
  layer: RefObject<SVGGElement | null>,
  order: readonly string[],
  selectedId: string | null,
  onSelect: (id: string) => void,
): MarkKeys {
  const [focusId, setFocusId] = useState<string | null>(null);
  const tabStop = focusId && order.includes(focusId) ? focusId : selectedId && order.includes(selectedId) ? selectedId : (order[0] ?? null);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const id = (event.target as Element).getAttribute('data-id');
    if (!id) return;
    const index = order.indexOf(id);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    } else if (event.key in moves) {
      event.preventDefault();
      const next = order[Math.max(0, Math.min(order.length - 1, moves[event.key]))];
      setFocusId(next);
      // The timeline never scrolls; preventScroll keeps a host page still too.
      layer.current?.querySelector<SVGGElement>(`g.mark[data-id="${next}"]`)?.focus({ preventScroll: true });
    }
  };
  return { tabStop, onKeyDown, onFocusMark: setFocusId };
}
