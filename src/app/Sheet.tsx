import { useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { useT } from '../i18n/react';

/** A drag of the handle this far (pixels) up or down expands or shrinks the sheet. */
const DRAG = 24;

/**
 * The event over the map: at most half the map high so the event stays in view above it,
 * pulled up (or its handle pressed) for the whole height. Its content scrolls inside it.
 */
export function Sheet({ side, children }: { side: 'bottom' | 'right'; children: ReactNode }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const drag = useRef<{ y: number; moved: boolean } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    drag.current = { y: e.clientY, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const start = drag.current;
    if (!start || Math.abs(e.clientY - start.y) < DRAG) return;
    setExpanded(e.clientY < start.y);
    drag.current = { y: e.clientY, moved: true };
  };
  const onClick = () => {
    // A drag already decided; a plain press toggles.
    if (!drag.current?.moved) setExpanded((x) => !x);
    drag.current = null;
  };
  return (
    <div className={`sheet sheet-${side}${expanded ? ' expanded' : ''}`}>
      {side === 'bottom' && (
        <button
          type="button"
          className="sheet-handle"
          aria-expanded={expanded}
          aria-label={expanded ? t('app.sheetLess') : t('app.sheetMore')}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onClick={onClick}
        >
          <span aria-hidden="true" />
        </button>
      )}
      <div className="sheet-body">{children}</div>
    </div>
  );
}
