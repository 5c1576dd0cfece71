import { memo } from 'react';
import type { StoryEvent } from '../story/model';
import type { CategoryStyle } from '../map/palette';
import { markerVariant } from '../map/features';
import { formatEventTime } from '../time/format';
import { Swatch } from './Swatch';

export interface EventListProps {
  events: readonly StoryEvent[];
  styles: ReadonlyMap<string, CategoryStyle>;
  selectedId: string | null;
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

/** The events in the current window, in date order: the accessible twin of the map. */
export const EventList = memo(function EventList({ events, styles, selectedId, onSelect, onHover }: EventListProps) {
  if (!events.length) return <p className="empty">No events in this time window. Widen the window or choose “Show all dates”.</p>;
  return (
    <ol className="event-list" aria-label="Events in the time window">
      {events.map((e) => {
        const style = styles.get(e.category);
        return (
          <li key={e.id}>
            <button
              type="button"
              aria-current={e.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(e.id)}
              onMouseEnter={() => onHover(e.id)}
              onMouseLeave={() => onHover(null)}
            >
              {style && <Swatch style={style} variant={markerVariant(e.place.precision)} />}
              <span className="title">{e.title}</span>
              <span className="meta">
                {formatEventTime(e.time)} · {e.place.name}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
});
