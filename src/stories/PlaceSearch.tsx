import { useId, useState, type FormEvent } from 'react';
import type { PlaceCandidate } from '../import/types';
import { searchPlaces } from './engine';
import { describeCandidate, placeOfCandidate, type Place } from './placeEvent';
import { useT } from '../i18n/react';

export interface PlaceSearchProps {
  title: string;
  onPlace(place: Place): void;
}

type Found = { kind: 'idle' } | { kind: 'searching' } | { kind: 'found'; places: readonly PlaceCandidate[] } | { kind: 'failed'; message: string };

/** Finds a place by name in the offline gazetteer; the reader picks one of what it finds. */
export function PlaceSearch({ title, onPlace }: PlaceSearchProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found>({ kind: 'idle' });
  const t = useT();
  const search = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    setFound({ kind: 'searching' });
    try {
      setFound({ kind: 'found', places: await searchPlaces(text.trim()) });
    } catch (error) {
      setFound({
        kind: 'failed',
        message: t('stories.gazetteerFailed', { why: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  return (
    <form className="place-form" onSubmit={search} role="search" aria-label={t('stories.findFor', { title })}>
      <span className="place-field">
        <label htmlFor={`${id}-q`}>{t('stories.findLabel')}</label>
        <input id={`${id}-q`} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={t('stories.example', { value: 'Delft, NL' })} />
      </span>
      <button type="submit">{t('stories.find')}</button>
      <div className="place-results" aria-live="polite">
        {found.kind === 'searching' && <p>{t('stories.searching')}</p>}
        {found.kind === 'failed' && <p className="form-error">{found.message}</p>}
        {found.kind === 'found' && found.places.length === 0 && <p>{t('stories.noSuchPlace')}</p>}
        {found.kind === 'found' && found.places.length > 0 && (
          <ul>
            {found.places.slice(0, 20).map((c, i) => (
              <li key={i}>
                <button type="button" onClick={() => onPlace(placeOfCandidate(c))}>
                  {t('stories.use', { place: describeCandidate(c, t) })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
