import type { Problem } from '../../story/problem';
import { Columns } from '../columns';
import { countryCode } from '../countries';
import type { EventExtras, RowDraft } from '../draft';
import { placePrecision } from '../precision';
import { problemAt } from '../problems';
import { startEndDate } from './startEnd';
import { unneutralise } from '../../export/data/neutralise';
import { phrase } from '../../i18n/phrase';

/**
 * The app's CSV template, one event a row. Columns (any order, names ignore case; only
 * title and date are required):
 *   id        the event's id, kept as given (the row number when blank)
 *   title     a short headline
 *   date      an EDTF date: 2019, 2019-03, 2019-03-15, 2019-03~ (approximate), 2019-03-15? (uncertain)
 *   end       optional end date; date–end becomes an interval
 *   category  a label; events with the same label share a colour
 *   place     the place's name; looked up in the gazetteer when lat and lon are blank
 *   lat, lon  WGS84 degrees (latitude/longitude also accepted; a decimal comma is read)
 *   precision address, city (the default), region or country
 *   country   ISO 3166-1 alpha-2 code or an English name
 *   summary   a paragraph of plain text
 *   source_url, source_title, source_publisher   one source
 *   actors    names separated by ";"
 *   related   ids of related events separated by ";"
 * A cell the app's own export neutralised ('=…, see export/data/neutralise.ts) is read without its apostrophe.
 */
export function templateRows(header: readonly string[]): (cells: readonly string[], row: number) => RowDraft {
  const columns = new Columns(header);
  return (cells, row) => {
    const get = (...names: string[]) => {
      const cell = columns.filled(cells, ...names);
      return cell.value.startsWith("'") ? { ...cell, value: unneutralise(cell.value) } : cell;
    };
    const given = get('id').value;
    const id = given || String(row);
    const where = { row, id };
    const problems: Problem[] = [];
    if (columns.has('id') && !given) problems.push(problemAt(where, 'id', null, 'id', 'warning', phrase('problem.noIdRow', { row: String(row) })));

    const start = get('date');
    const end = get('end');
    const date = startEndDate(start, end, where, problems);

    const precision = get('precision');
    if (precision.value && !placePrecision(precision.value)) {
      problems.push(problemAt(where, precision.field, precision.value, 'place', 'warning', phrase('problem.badPrecision')));
    }
    const country = get('country');
    const code = country.value ? countryCode(country.value) : null;
    if (country.value && !code) problems.push(problemAt(where, country.field, country.value, 'place', 'warning', phrase('problem.unknownCountry')));

    const [lat, lon] = [get('lat', 'latitude'), get('lon', 'longitude', 'lng')];
    const list = (text: string) =>
      text
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    const source = get('source_url');
    const url = isWebUrl(source.value) ? source.value : '';
    if (source.value && !url) problems.push(problemAt(where, source.field, source.value, 'field', 'warning', phrase('problem.badSource')));
    const extras: EventExtras = {
      ...(get('summary').value && { summary: get('summary').value }),
      ...(list(get('actors').value).length > 0 && { actors: list(get('actors').value) }),
      ...(url && { sources: [{ url, title: get('source_title').value || url, publisher: get('source_publisher').value || hostOf(url) }] }),
    };
    return {
      row,
      id,
      title: get('title').value,
      titleField: get('title').field,
      date,
      dateField: start.field,
      category: get('category').value,
      place: {
        name: get('place').value,
        nameField: get('place').field,
        coordinates: { lat: lat.value, lon: lon.value, latField: lat.field, lonField: lon.field },
        precision: placePrecision(precision.value) ?? 'city',
        country: code,
        admin: null,
      },
      extras,
      related: list(get('related').value),
      relatedField: get('related').field,
      problems,
    };
  };
}

function isWebUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}
