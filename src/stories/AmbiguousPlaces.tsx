import { useState } from 'react';
import type { AmbiguousPlace } from '../import/types';
import { describeCandidate, placeOfCandidate, type Place } from './placeEvent';

const SHOWN = 50;

function Choice({ entry, title, onPick }: { entry: AmbiguousPlace; title: string; onPick(place: Place): void }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const name = `ambiguous-${entry.row}-${entry.eventId}`;
  return (
    <fieldset className="ambiguous">
      <legend>
        Row {entry.row}, “{title}”: which “{entry.query}”?
      </legend>
      {entry.candidates.map((c, i) => (
        <label key={i}>
          <input type="radio" name={name} checked={chosen === i} onChange={() => setChosen(i)} /> {describeCandidate(c)}
        </label>
      ))}
      <button type="button" disabled={chosen === null} onClick={() => chosen !== null && onPick(placeOfCandidate(entry.candidates[chosen]))}>
        Use this place for “{title}”
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
  if (ambiguous.length === 0) return null;
  return (
    <section aria-labelledby="ambiguous-heading">
      <h3 id="ambiguous-heading">Places with more than one match ({ambiguous.length})</h3>
      {ambiguous.slice(0, SHOWN).map((a) => (
        <Choice key={`${a.row}-${a.eventId}`} entry={a} title={titleOf(a.eventId)} onPick={(place) => onPick(a.eventId, place)} />
      ))}
      {ambiguous.length > SHOWN && <p className="hint">Pick these first; the next {Math.min(SHOWN, ambiguous.length - SHOWN)} follow.</p>}
    </section>
  );
}
