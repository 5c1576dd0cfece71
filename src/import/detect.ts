import type { ImportFormat } from './types';
import { isObject } from './json';

/**
 * The format of a sheet, from its header. ACLED and TimelineJS have fixed column names;
 * the app's template is any sheet with "title" and "date" columns.
 */
export function detectSheetFormat(header: readonly string[]): Exclude<ImportFormat, 'story-json' | 'geojson'> | null {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  if (names.has('event_id_cnty') && names.has('event_date')) return 'acled';
  if (names.has('year') && names.has('headline')) return 'timelinejs';
  if (names.has('title') && names.has('date')) return 'csv-template';
  return null;
}

/** The format of parsed JSON: a GeoJSON FeatureCollection (or one Feature), or the app's story JSON. */
export function detectJsonFormat(value: unknown): 'geojson' | 'story-json' | null {
  if (!isObject(value)) return null;
  if ((value.type === 'FeatureCollection' && Array.isArray(value.features)) || value.type === 'Feature') return 'geojson';
  if (Array.isArray(value.events)) return 'story-json';
  return null;
}
