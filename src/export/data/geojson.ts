import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Story, StoryEvent } from '../../story/model';

/**
 * The selection as a GeoJSON FeatureCollection, one Point feature an event (a null geometry for
 * an event not on the map), with the properties the app's GeoJSON import reads back: id, title,
 * date and end, category (its label), place, precision, country, summary, actors and related.
 * GeoJSON carries no story fields, sources, passages, verification, corrections or chapters.
 */
export function selectionGeoJson(story: Story, events: readonly StoryEvent[]): FeatureCollection<Point | null> {
  const labels = new Map(story.categories.map((c) => [c.id, c.label]));
  const ids = new Set(events.map((e) => e.id));
  const related = new Map<string, string[]>();
  for (const r of story.relations) if (ids.has(r.from) && ids.has(r.to)) related.set(r.from, [...(related.get(r.from) ?? []), r.to]);
  const features = events.map((e): Feature<Point | null> => {
    const slash = e.date.indexOf('/');
    return {
      type: 'Feature',
      id: e.id,
      geometry: e.place && { type: 'Point', coordinates: [e.place.lon, e.place.lat] },
      properties: {
        id: e.id,
        title: e.title,
        date: slash < 0 ? e.date : e.date.slice(0, slash),
        ...(slash >= 0 && { end: e.date.slice(slash + 1) }),
        category: labels.get(e.category) ?? e.category,
        ...(e.place && { place: e.place.name, precision: e.place.precision }),
        ...(e.place?.country && { country: e.place.country }),
        ...(e.summary !== null && { summary: e.summary }),
        ...(e.actors.length > 0 && { actors: [...e.actors] }),
        ...(related.has(e.id) && { related: related.get(e.id) }),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
