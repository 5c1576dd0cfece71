import { useState } from 'react';
import type { StoryEventFile } from '../story/schema';
import type { Place } from './placeEvent';
import { PlaceForm } from './PlaceForm';
import { PlaceSearch } from './PlaceSearch';
import { useT } from '../i18n/react';

const SHOWN = 50;

export interface NotOnMapProps {
  events: readonly StoryEventFile[];
  onPlace(eventId: string, place: Place): void;
}

/** Events without a place: on the timeline and in the list, and here, to be given one. */
export function NotOnMap({ events, onPlace }: NotOnMapProps) {
  const [open, setOpen] = useState<string | null>(null);
  const t = useT();
  if (events.length === 0) return null;
  const give = (id: string, place: Place) => {
    setOpen(null);
    onPlace(id, place);
  };
  return (
    <section aria-labelledby="not-on-map-heading">
      <h3 id="not-on-map-heading">{t('stories.notOnMapHeading', { count: events.length })}</h3>
      <p className="hint">{t('stories.notOnMapHint')}</p>
      <ul className="not-on-map">
        {events.slice(0, SHOWN).map((e) => (
          <li key={e.id}>
            <span>{e.title}</span>
            <button
              type="button"
              aria-expanded={open === e.id}
              onClick={() => setOpen(open === e.id ? null : e.id)}
              aria-label={t('stories.givePlaceTo', { title: e.title })}
            >
              {t('stories.givePlace')}
            </button>
            {open === e.id && (
              <>
                <PlaceSearch title={e.title} onPlace={(place) => give(e.id, place)} />
                <PlaceForm title={e.title} onPlace={(place) => give(e.id, place)} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
