import { useId, useState, type FormEvent } from 'react';
import { parsePlaceInput, type Place } from './placeEvent';
import { useT } from '../i18n/react';
import { say } from '../i18n/phrase';

export interface PlaceFormProps {
  title: string;
  onPlace(place: Place): void;
}

/** Gives an event that is not on the map a place, typed as latitude and longitude. */
export function PlaceForm({ title, onPlace }: PlaceFormProps) {
  const id = useId();
  const [fields, setFields] = useState({ name: '', lat: '', lon: '', country: '' });
  const [error, setError] = useState('');
  const t = useT();
  const field = (key: keyof typeof fields, label: string, extra: object = {}) => (
    <span className="place-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.currentTarget.value })} {...extra} />
    </span>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parsePlaceInput(fields);
    if (!parsed.ok) return setError(say(t, parsed.phrase));
    setError('');
    onPlace(parsed.place);
  };
  return (
    <form className="place-form" onSubmit={submit} aria-label={t('stories.placeFor', { title })}>
      {field('name', t('stories.placeName'))}
      {field('lat', t('stories.latitude'), { inputMode: 'decimal', placeholder: t('stories.example', { value: '52.37' }) })}
      {field('lon', t('stories.longitude'), { inputMode: 'decimal', placeholder: t('stories.example', { value: '4.89' }) })}
      {field('country', t('stories.countryCode'), { placeholder: 'NL', maxLength: 2, size: 4 })}
      <button type="submit">{t('stories.putOnMap', { title })}</button>
      <span role="alert" className="form-error">
        {error}
      </span>
    </form>
  );
}
