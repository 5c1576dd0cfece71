import type { Problem } from '../../story/problem';
import { Columns, type Cell } from '../columns';
import { calendarDate, interval } from '../dates';
import type { CoordinateInput, RowDraft } from '../draft';
import { htmlToText } from '../html';
import { problemAt } from '../problems';

/**
 * A TimelineJS sheet exported as CSV. The id is the row number; Year/Month/Day give a date
 * at the precision filled in (no Day → month, no Month → year), End Year/Month/Day make it an
 * interval. Headline and Text are HTML, read as plain text. The category is Group (or Type).
 * Latitude/Longitude and a Location or Place column are extras a newsroom adds; without them
 * an event is placed by name, or not at all. Time, Display Date and Media are not used.
 * The title slide (Type "title") gives the story its title and standfirst; it is not an event,
 * so it is not counted as a row.
 */
export function timelineRows(header: readonly string[]): (cells: readonly string[], row: number) => RowDraft {
  const columns = new Columns(header);
  return (cells, row) => {
    const get = (...names: string[]) => columns.filled(cells, ...names);
    const id = String(row);
    const where = { row, id };
    const problems: Problem[] = [];
    const type = get('type').value.toLowerCase();

    let date: string | null = null;
    let dateField = 'Year';
    const year = get('year');
    if (year.value || get('month').value || get('day').value) {
      const start = calendarDate(year.value, get('month').value, get('day').value);
      const [endYear, endMonth, endDay] = [get('end year'), get('end month'), get('end day')];
      if (!start.ok) {
        const part = start.part === 'month' ? get('month') : start.part === 'day' ? get('day') : year;
        dateField = part.field;
        problems.push(problemAt(where, part.field, part.value, 'date', 'error', start.message));
      } else if (!endYear.value && (endMonth.value || endDay.value)) {
        dateField = endYear.field;
        problems.push(problemAt(where, endYear.field, null, 'date', 'error', 'an End Month or End Day is given without an End Year'));
      } else {
        const end = endYear.value ? calendarDate(endYear.value, endMonth.value, endDay.value) : null;
        const joined = end && !end.ok ? end : interval(start.edtf, end && end.ok ? end.edtf : null);
        if (joined.ok) date = joined.edtf;
        else {
          dateField = endYear.field;
          problems.push(
            problemAt(where, endYear.field, [endYear.value, endMonth.value, endDay.value].filter(Boolean).join('-'), 'date', 'error', joined.message),
          );
        }
      }
    }

    const name = get('location', 'place');
    const text = htmlToText(get('text').value);
    const category = get('group').value || (type === 'title' || type === 'era' ? '' : get('type').value);
    return {
      row,
      id,
      title: htmlToText(get('headline').value),
      titleField: 'Headline',
      date,
      dateField,
      category,
      place: {
        name: name.value,
        nameField: name.field,
        coordinates: columns.has('latitude', 'lat', 'longitude', 'lon', 'lng') ? coordinates(get('latitude', 'lat'), get('longitude', 'lon', 'lng')) : null,
        precision: 'city',
        country: null,
        admin: null,
      },
      extras: text ? { summary: text } : {},
      related: [],
      relatedField: '',
      problems,
      ...(type === 'title' && { titleSlide: true }),
    };
  };
}

function coordinates(lat: Cell, lon: Cell): CoordinateInput {
  return { lat: lat.value, lon: lon.value, latField: lat.field, lonField: lon.field };
}
