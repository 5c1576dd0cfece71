import type { Problem } from '../../story/problem';
import { edtfDate } from '../dates';
import type { EventExtras, RowDraft } from '../draft';
import { placePrecision } from '../precision';
import { problemAt } from '../problems';
import { isObject } from '../json';
import { phrase } from '../../i18n/phrase';

/**
 * The app's own story JSON. Each event is checked like a sheet's row; the journalism fields
 * (summary, passage, verification, corrections, sources, actors) pass through when they have
 * the right type, and are dropped with a warning when not. Categories stay as their ids.
 */

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

const TEXT_FIELDS = ['summary', 'passage', 'verificationNote'] as const;
const LIST_FIELDS = ['corrections', 'sources', 'actors'] as const;
const VERIFICATIONS = new Set(['verified', 'partly-verified', 'unverified']);

export function storyEventDraft(event: unknown, row: number): RowDraft {
  const e = isObject(event) ? event : {};
  const id = str(e.id) || String(row);
  const where = { row, id };
  const problems: Problem[] = [];
  if (!isObject(event)) problems.push(problemAt(where, '', null, 'field', 'error', phrase('problem.notEvent')));
  if (isObject(event) && !str(e.id)) problems.push(problemAt(where, 'id', null, 'id', 'warning', phrase('problem.noIdEvent', { row: String(row) })));

  let date: string | null = null;
  if (str(e.date)) {
    const parsed = edtfDate(str(e.date));
    if (parsed.ok) date = parsed.edtf;
    else problems.push(problemAt(where, 'date', e.date, 'date', 'error', parsed.phrase));
  }

  const extras: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    if (e[field] === undefined) continue;
    if (typeof e[field] === 'string' && e[field]) extras[field] = e[field];
    else problems.push(problemAt(where, field, e[field], 'field', 'warning', phrase('problem.notText')));
  }
  for (const field of LIST_FIELDS) {
    if (e[field] === undefined) continue;
    if (Array.isArray(e[field])) extras[field] = e[field];
    else problems.push(problemAt(where, field, e[field], 'field', 'warning', phrase('problem.notList')));
  }
  if (e.verification !== undefined) {
    if (VERIFICATIONS.has(e.verification as string)) extras.verification = e.verification;
    else problems.push(problemAt(where, 'verification', e.verification, 'field', 'warning', phrase('problem.badVerification')));
  }

  const place = isObject(e.place) ? e.place : null;
  return {
    row,
    id,
    title: str(e.title),
    titleField: 'title',
    date,
    dateField: 'date',
    category: str(e.category),
    place: place && {
      name: str(place.name),
      nameField: 'place.name',
      coordinates: { lat: place.lat, lon: place.lon, latField: 'place.lat', lonField: 'place.lon' },
      precision: placePrecision(str(place.precision)) ?? 'city',
      country: /^[A-Z]{2}$/.test(str(place.country)) ? str(place.country) : null,
      admin: null,
      ...(place.byName === true && { byName: true as const }),
    },
    // Only fields of the right type were copied above.
    extras: extras as EventExtras,
    related: [],
    relatedField: '',
    problems,
  };
}
