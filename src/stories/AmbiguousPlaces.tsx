import { useState } from 'react';
import type { AmbiguousPlace } from '../import/types';
import { describeCandidate, placeOfCandidate, type Place } from './placeEvent';
import { useT } from '../i18n/react';

const SHOWN = 50;

function Choice({ entry, title, onPick }: { entry: AmbiguousPlace; title: string; onPick(place: Place): void }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const name = `ambiguous-${entry.row}-${entry.eventId}`;
  const t = useT();
  return (
    <fieldset className="ambiguous">
      <legend>{t('stories.which', { row: String(entry.row), title, query: entry.query })}</legend>
      {entry.candidates.map((c, i) => (
        <label key={i}>
          <input type="radio" name={name} checked={chosen === i} onChange={() => setChosen(i)} /> {describeCandidate(c, t)}
        </label>
      ))}
      <button type="button" disabled={chosen === null} onClick={() => chosen !== null && onPick(placeOfCandidate(entry.candidates[chosen]))}>
        {t('stories.useFor', { title })}
      </button>
    </fieldset>
  );
}

export interface AmbiguousPlacesProps {
  ambiguous: readonly AmbiguousPlace[];
  titleOf(eventId: string): string;
  onPick(eventId: string, place: Place): void;
}

/** Place names that matched several places; the reader says which one was meant. */
export function AmbiguousPlaces({ ambiguous, titleOf, onPick }: AmbiguousPlacesProps) {
  const t = useT();
  if (ambiguous.length === 0) return null;
  return (
    <section aria-labelledby="ambiguous-heading">
      <h3 id="ambiguous-heading">{t('stories.ambiguousHeading', { count: ambiguous.length })}</h3>
      {ambiguous.slice(0, SHOWN).map((a) => (
        <Choice key={`${a.row}-${a.eventId}`} entry={a} title={titleOf(a.eventId)} onPick={(place) => onPick(a.eventId, place)} />
      ))}
      {ambiguous.length > SHOWN && <p className="hint">{t('stories.pickFirst', { count: Math.min(SHOWN, ambiguous.length - SHOWN) })}</p>}
    </section>
  );
}
