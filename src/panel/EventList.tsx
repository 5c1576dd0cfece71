import { memo, useState } from 'react';
import type { StoryEvent } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import { markerVariant } from '../symbols/variant';
import { formatEventTime } from '../time/format';
import { Swatch } from './Swatch';
import { useTranslator } from '../i18n/react';

export interface EventListProps {
  events: readonly StoryEvent[];
  styles: ReadonlyMap<string, CategoryStyle>;
  selectedId: string | null;
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

/** Items rendered at first and per "Show more": a big story must not put thousands of nodes in the page. */
export const LIST_PAGE = 200;

/** The events in the current window, in date order: the accessible twin of the map. */
export const EventList = memo(function EventList({ events, styles, selectedId, onSelect, onHover }: EventListProps) {
  const { t, lang } = useTranslator();
  const [limit, setLimit] = useState(LIST_PAGE);
  if (!events.length) return <p className="empty">{t('panel.noEvents')}</p>;
  const rest = events.length - limit;
  return (
    <>
      <ol className="event-list" aria-label={t('panel.listLabel')}>
        {events.slice(0, limit).map((e) => {
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
                {style && <Swatch style={style} variant={markerVariant(e.place?.precision ?? 'address')} />}
                <span className="title">{e.title}</span>
                <span className="meta">
                  {formatEventTime(e.time, lang)} · {e.place?.name ?? t('panel.notOnMap')}
                </span>
                <span className="check">
                  {e.verification && t(`panel.verification.${e.verification}`)}
                  {e.corrections.length > 0 && ` · ${t('panel.articleWrong', { count: e.corrections.length })}`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {rest > 0 && (
        <button type="button" className="more-events" onClick={() => setLimit(limit + LIST_PAGE)}>
          {t('panel.showMore', { next: Math.min(rest, LIST_PAGE), rest })}
        </button>
      )}
    </>
  );
});
