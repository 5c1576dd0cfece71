import type { Problem } from '../../story/problem';
import { countryCode } from '../countries';
import type { CoordinateInput, EventExtras, RowDraft } from '../draft';
import { placePrecision } from '../precision';
import { problemAt } from '../problems';
import { startEndDate } from './startEnd';
import { isObject } from '../json';
import { phrase } from '../../i18n/phrase';

/**
 * A GeoJSON FeatureCollection, one event a feature. Properties read (the first present wins):
 *   id (or the feature's id; else the feature number), title | name | headline,
 *   date | start, end, category | type, summary | description, place | location (a name),
 *   precision, country, actors (array or ";"-separated), related (ids, likewise).
 * A Point geometry places the event; without one the place name is looked up.
 */

type Properties = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

function first(props: Properties, ...names: string[]): { value: string; field: string } {
  for (const name of names) if (text(props[name])) return { value: text(props[name]), field: `properties.${name}` };
  return { value: '', field: `properties.${names[0]}` };
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(text) : text(value).split(';');
  return items.map((s) => s.trim()).filter(Boolean);
}

export function geojsonFeatures(collection: Record<string, unknown>): readonly unknown[] {
  return collection.type === 'Feature' ? [collection] : (collection.features as unknown[]);
}

export function featureDraft(feature: unknown, row: number): RowDraft {
  const props: Properties = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
  const featureId = isObject(feature) ? text(feature.id) : '';
  const id = first(props, 'id').value || featureId || String(row);
  const where = { row, id };
  const problems: Problem[] = [];
  if (!isObject(feature) || feature.type !== 'Feature') problems.push(problemAt(where, '', null, 'field', 'error', phrase('problem.notFeature')));

  const start = first(props, 'date', 'start');
  const end = first(props, 'end');
  const date = startEndDate(start, end, where, problems);

  const geometry = isObject(feature) ? feature.geometry : null;
  let coordinates: CoordinateInput | null = null;
  if (isObject(geometry)) {
    if (geometry.type === 'Point' && Array.isArray(geometry.coordinates)) {
      const [lon, lat] = geometry.coordinates as unknown[];
      coordinates = { lon, lat, lonField: 'geometry.coordinates[0]', latField: 'geometry.coordinates[1]' };
    } else problems.push(problemAt(where, 'geometry.type', geometry.type, 'place', 'warning', phrase('problem.notPoint')));
  }

  const place = first(props, 'place', 'location');
  const precision = first(props, 'precision');
  const summary = first(props, 'summary', 'description').value;
  const actors = list(props.actors);
  const extras: EventExtras = { ...(summary && { summary }), ...(actors.length > 0 && { actors }) };
  const title = first(props, 'title', 'name', 'headline');
  return {
    row,
    id,
    title: title.value,
    titleField: title.field,
    date,
    dateField: start.field,
    category: first(props, 'category', 'type').value,
    place: {
      name: place.value,
      nameField: place.field,
      coordinates,
      precision: placePrecision(precision.value) ?? 'city',
      country: countryCode(first(props, 'country').value),
      admin: null,
    },
    extras,
    related: list(props.related),
    relatedField: 'properties.related',
    problems,
  };
}
