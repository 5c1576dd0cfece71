import { useEffect, useRef } from 'react';
import type { Story } from '../story/model';
import { formatEventTime } from '../time/format';

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

export interface MapTooltipProps {
  hovered: Hovered;
  story: Story;
  onSelect(id: string): void;
  onClose(): void;
}

export function MapTooltip({ hovered, story, onSelect, onClose }: MapTooltipProps) {
  const { frame } = hovered;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (hovered.pinned) first.current?.focus();
  }, [hovered.pinned]);
  const events = hovered.ids.map((id) => story.byId.get(id)).filter((e) => e !== undefined);
  const position = {
    ...(hovered.x > frame.width / 2 ? { right: frame.width - hovered.x + 14 } : { left: hovered.x + 14 }),
    ...(hovered.y > frame.height / 2 ? { bottom: frame.height - hovered.y + 14 } : { top: hovered.y + 14 }),
    maxHeight: Math.max(120, frame.height / 2 - 20),
  };

  if (!hovered.pinned) {
    return (
      <div className="map-tooltip" style={position} aria-hidden="true">
        {events.slice(0, MAX_LISTED).map((e) => (
          <div key={e.id}>
            <strong>{e.title}</strong>
            <span>
              {formatEventTime(e.time)} · {e.place?.name}
            </span>
          </div>
        ))}
        {events.length > MAX_LISTED && <div>and {events.length - MAX_LISTED} more</div>}
        {events.length > 1 && <div className="hint">Click to choose one</div>}
      </div>
    );
  }
  return (
    <div
      className="map-tooltip pinned"
      style={position}
      role="dialog"
      aria-label={`${events.length} events here`}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p>{events.length} events here</p>
      <ul>
        {events.map((e, i) => (
          <li key={e.id}>
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => onSelect(e.id)}>
              {e.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="close" onClick={onClose} aria-label="Close">
        ×
      </button>
    </div>
  );
}
