import type { Problem } from '../../story/problem';
import { Columns } from '../columns';
import { countryCode } from '../countries';
import { dayMonthYear } from '../dates';
import type { RowDraft } from '../draft';
import { acledDate, acledPlacePrecision } from '../precision';
import { problemAt } from '../problems';
import { phrase } from '../../i18n/phrase';

/**
 * An ACLED export. Each row is an event: the id is event_id_cnty as given, the category
 * event_type, the title "sub_event_type in location", the summary the notes (with source
 * and fatalities), the actors actor1 and actor2. Dates and places keep ACLED's precision.
 */
export function acledRows(header: readonly string[]): (cells: readonly string[], row: number) => RowDraft {
  const columns = new Columns(header);
  return (cells, row) => {
    const get = (name: string) => columns.value(cells, name);
    const id = get('event_id_cnty') || String(row);
    const where = { row, id };
    const problems: Problem[] = [];
    if (!get('event_id_cnty')) problems.push(problemAt(where, 'event_id_cnty', null, 'id', 'warning', phrase('problem.noEventIdRow', { row: String(row) })));

    const dateText = get('event_date');
    let date: string | null = null;
    if (dateText) {
      const day = dayMonthYear(dateText);
      if (day.ok) date = acledDate(day.edtf, get('time_precision'));
      else problems.push(problemAt(where, 'event_date', dateText, 'date', 'error', day.phrase));
    }

    const location = get('location');
    const kind = get('sub_event_type') || get('event_type');
    const fatalities = Number(get('fatalities'));
    const summary = [get('notes'), get('source') && `Source: ${get('source')}.`, fatalities > 0 && `Fatalities: ${fatalities}.`].filter(Boolean).join('\n');
    const actors = [get('actor1'), get('actor2')].filter(Boolean);

    return {
      row,
      id,
      title: kind && location ? `${kind} in ${location}` : kind || location,
      titleField: 'sub_event_type',
      date,
      dateField: 'event_date',
      category: get('event_type'),
      place: {
        name: location || get('admin1') || get('country'),
        nameField: 'location',
        coordinates: { lat: get('latitude'), lon: get('longitude'), latField: 'latitude', lonField: 'longitude' },
        precision: acledPlacePrecision(get('geo_precision')),
        country: countryCode(get('country')),
        admin: get('admin1') || null,
      },
      extras: { ...(summary && { summary }), ...(actors.length > 0 && { actors }) },
      related: [],
      relatedField: '',
      problems,
    };
  };
}
