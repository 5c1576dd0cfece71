import { useState, type KeyboardEvent } from 'react';
import type { SymbolItem } from './symbolItems';
import './mapSymbols.css';
import { useT } from '../i18n/react';

export interface MapSymbolsProps {
  items: readonly SymbolItem[];
  /** Enter, Space or a click: an event is selected, a cluster opens its list. */
  onOpen(item: SymbolItem, element: HTMLButtonElement): void;
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The map's symbols as buttons laid over them: one tab stop, arrow keys from west to east.
 * They let the pointer through to the map, and show only when focused.
 */
export function MapSymbols({ items, onOpen }: MapSymbolsProps) {
  const t = useT();
  const [active, setActive] = useState(0);
  const current = Math.min(active, items.length - 1);
  if (!items.length) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : e.key in STEP ? current + STEP[e.key] : null;
    if (next === null) return;
    e.preventDefault();
    const index = Math.max(0, Math.min(items.length - 1, next));
    setActive(index);
    (e.currentTarget.children[index] as HTMLElement | undefined)?.focus();
  };
  return (
    <div className="map-symbols" role="group" aria-label={t('map.symbols')} onKeyDown={onKeyDown}>
      {items.map((item, i) => (
        <button
          key={item.key}
          type="button"
          data-key={item.key}
          tabIndex={i === current ? 0 : -1}
          aria-label={item.label}
          aria-haspopup={item.ids.length > 1 ? 'dialog' : undefined}
          style={{ left: item.x - item.r, top: item.y - item.r, width: 2 * item.r, height: 2 * item.r }}
          onFocus={() => setActive(i)}
          onClick={(e) => onOpen(item, e.currentTarget)}
        />
      ))}
    </div>
  );
}
