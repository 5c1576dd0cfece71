import type { Problem } from '../../story/problem';
import { Columns, type Cell } from '../columns';
import { calendarDate, interval } from '../dates';
import type { CoordinateInput, RowDraft } from '../draft';
import { htmlToText } from '../html';
import { problemAt } from '../problems';
import { phrase } from '../../i18n/phrase';

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

    const { date, field: dateField } = timelineDate(get, where, problems);

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

/** Year/Month/Day, and End Year/Month/Day when given, as one EDTF value; a problem names the column at fault. */
function timelineDate(get: (...names: string[]) => Cell, where: { row: number; id: string }, problems: Problem[]): { date: string | null; field: string } {
  const [year, month, day] = [get('year'), get('month'), get('day')];
  if (!year.value && !month.value && !day.value) return { date: null, field: year.field };
  const start = calendarDate(year.value, month.value, day.value);
  if (!start.ok) {
    const part = start.part === 'month' ? month : start.part === 'day' ? day : year;
    problems.push(problemAt(where, part.field, part.value, 'date', 'error', start.phrase));
    return { date: null, field: part.field };
  }
  const [endYear, endMonth, endDay] = [get('end year'), get('end month'), get('end day')];
  if (!endYear.value && (endMonth.value || endDay.value)) {
    problems.push(problemAt(where, endYear.field, null, 'date', 'error', phrase('problem.endWithoutYear')));
    return { date: null, field: endYear.field };
  }
  const end = endYear.value ? calendarDate(endYear.value, endMonth.value, endDay.value) : null;
  const joined = end && !end.ok ? end : interval(start.edtf, end && end.ok ? end.edtf : null);
  if (joined.ok) return { date: joined.edtf, field: year.field };
  const written = [endYear.value, endMonth.value, endDay.value].filter(Boolean).join('-');
  problems.push(problemAt(where, endYear.field, written, 'date', 'error', joined.phrase));
  return { date: null, field: endYear.field };
}

function coordinates(lat: Cell, lon: Cell): CoordinateInput {
  return { lat: lat.value, lon: lon.value, latField: lat.field, lonField: lon.field };
}
