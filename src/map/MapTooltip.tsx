import { useEffect, useRef } from 'react';
import type { Story } from '../story/model';
import { formatEventTime } from '../time/format';
import { focusInPlace } from '../app/focusInPlace';
import { useTranslator } from '../i18n/react';

export interface Hovered {
  readonly ids: readonly string[];
  readonly x: number;
  readonly y: number;
  /** The map's size in pixels: the tooltip opens towards the side with more room. */
  readonly frame: { readonly width: number; readonly height: number };
  /** A click on markers that overlap pins the tooltip so the reader can pick one. */
  readonly pinned?: boolean;
}

const MAX_LISTED = 5;
/** About the height of one listed event (a title of up to three lines and its date) and of the box's padding and footer. */
const ITEM_PX = 72;
const CHROME_PX = 64;

export interface MapTooltipProps {
  hovered: Hovered;
  story: Story;
  onSelect(id: string): void;
  onClose(): void;
}

export function MapTooltip({ hovered, story, onSelect, onClose }: MapTooltipProps) {
  const { t, lang } = useTranslator();
  const { frame } = hovered;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (hovered.pinned && first.current) focusInPlace(first.current);
  }, [hovered.pinned]);
  const events = hovered.ids.map((id) => story.byId.get(id)).filter((e) => e !== undefined);
  const position = {
    ...(hovered.x > frame.width / 2 ? { right: frame.width - hovered.x + 14 } : { left: hovered.x + 14 }),
    ...(hovered.y > frame.height / 2 ? { bottom: frame.height - hovered.y + 14 } : { top: hovered.y + 14 }),
    maxHeight: Math.max(120, frame.height / 2 - 20),
  };

  if (!hovered.pinned) {
    // As many events as the box has room for, so no text runs out of it.
    const listed = Math.max(1, Math.min(MAX_LISTED, Math.floor((position.maxHeight - CHROME_PX) / ITEM_PX)));
    return (
      <div className="map-tooltip" style={position} aria-hidden="true">
        {/* Should a title still run long, the events give way and the footer stays in the box. */}
        <div className="tooltip-events">
          {events.slice(0, listed).map((e) => (
            <div key={e.id}>
              <strong>{e.title}</strong>
              <span>
                {formatEventTime(e.time, lang)} · {e.place?.name}
              </span>
            </div>
          ))}
        </div>
        {events.length > listed && <div>{t('map.andMore', { count: events.length - listed })}</div>}
        {events.length > 1 && <div className="hint">{t('map.chooseOne')}</div>}
      </div>
    );
  }
  return (
    <div
      className="map-tooltip pinned"
      style={position}
      role="dialog"
      aria-label={t('map.here', { count: events.length })}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Escape closes this chooser only, not the event open beside it.
        e.preventDefault();
        onClose();
      }}
    >
      <p>{t('map.here', { count: events.length })}</p>
      <ul>
        {events.map((e, i) => (
          <li key={e.id}>
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => onSelect(e.id)}>
              {e.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="close" onClick={onClose} aria-label={t('core.close')}>
        ×
      </button>
    </div>
  );
}
