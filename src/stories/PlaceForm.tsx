import { useId, useState, type FormEvent } from 'react';
import { parsePlaceInput, type Place } from './placeEvent';

export interface PlaceFormProps {
  title: string;
  onPlace(place: Place): void;
}

/** Gives an event that is not on the map a place, typed as latitude and longitude. */
export function PlaceForm({ title, onPlace }: PlaceFormProps) {
  const id = useId();
  const [fields, setFields] = useState({ name: '', lat: '', lon: '', country: '' });
  const [error, setError] = useState('');
  const field = (key: keyof typeof fields, label: string, extra: object = {}) => (
    <span className="place-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.currentTarget.value })} {...extra} />
    </span>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parsePlaceInput(fields);
    if (!parsed.ok) return setError(parsed.message);
    setError('');
    onPlace(parsed.place);
  };
  return (
    <form className="place-form" onSubmit={submit} aria-label={`Place for “${title}”`}>
      {field('name', 'Place name')}
      {field('lat', 'Latitude', { inputMode: 'decimal', placeholder: '52.37' })}
      {field('lon', 'Longitude', { inputMode: 'decimal', placeholder: '4.89' })}
      {field('country', 'Country code (optional)', { placeholder: 'NL', maxLength: 2, size: 3 })}
      <button type="submit">Put “{title}” on the map</button>
      <span role="alert" className="form-error">
        {error}
      </span>
    </form>
  );
}
