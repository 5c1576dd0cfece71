import { memo, useState } from 'react';
import type { StoryEvent } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import { markerVariant } from '../symbols/variant';
import { formatEventTime } from '../time/format';
import { Swatch } from './Swatch';
import { Highlighted } from '../filter/Highlighted';
import { matchSnippet } from '../search/snippet';
import { useTranslator } from '../i18n/react';

export interface EventListProps {
  events: readonly StoryEvent[];
  styles: ReadonlyMap<string, CategoryStyle>;
  selectedId: string | null;
  /** The search's folded words, marked where they occur. */
  terms?: readonly string[];
  /** Facets or a search narrow the events: an empty list says so rather than blaming the window. */
  filtered?: boolean;
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

const NO_TERMS: readonly string[] = [];

/** Items rendered at first and per "Show more": a big story must not put thousands of nodes in the page. */
export const LIST_PAGE = 200;

/** The events in the current window, in date order: the accessible twin of the map. */
export const EventList = memo(function EventList({ events, styles, selectedId, terms = NO_TERMS, filtered = false, onSelect, onHover }: EventListProps) {
  const { t, lang } = useTranslator();
  const [limit, setLimit] = useState(LIST_PAGE);
  if (!events.length && filtered) return <p className="empty">{t('search.noResults')}</p>;
  if (!events.length) return <p className="empty">{t('panel.noEvents')}</p>;
  const rest = events.length - limit;
  return (
    <>
      <ol className="event-list" aria-label={t('panel.listLabel')}>
        {events.slice(0, limit).map((e) => {
          const style = styles.get(e.category);
          const snippet = matchSnippet(e, terms);
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
                <span className="title">
                  <Highlighted text={e.title} terms={terms} />
                </span>
                <span className="meta">
                  {formatEventTime(e.time, lang)} · {e.place ? <Highlighted text={e.place.name} terms={terms} /> : t('panel.notOnMap')}
                </span>
                {snippet && (
                  <span className="snippet">
                    <Highlighted text={snippet} terms={terms} />
                  </span>
                )}
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
