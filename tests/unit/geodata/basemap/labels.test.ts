import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EVENT_ZOOM } from '../../../../src/map/eventZoom';
import { visiblePlaces, type PlaceLabel } from '../../../../src/map/staticProjection';
import type { PlacePrecision } from '../../../../src/story/schema';
import { servedBasemap } from './landAndWater';

interface StoryPlace {
  name: string;
  lon: number;
  lat: number;
  precision: PlacePrecision;
  country?: string;
}
const story = JSON.parse(readFileSync(new URL('../../../../geodata/stories/china-espionage-nl.json', import.meta.url), 'utf8')) as {
  events: { id: string; place: StoryPlace }[];
};
const { places } = servedBasemap();
const countryOf = new Map(places.features.filter((f) => f.properties?.kind === 'country').map((f) => [f.properties?.country, f.properties?.name]));
const near = (label: PlaceLabel, { lon, lat }: { lon: number; lat: number }, degrees: number) =>
  Math.abs(label.lonLat[0] - lon) < degrees && Math.abs(label.lonLat[1] - lat) < degrees;
const names = (zoom: number, kind: PlaceLabel['kind']) => visiblePlaces(places, zoom).filter((p) => p.kind === kind);

describe('the basemap labels', () => {
  it.each(story.events.map((e) => [e.id, e.place] as const))("name %s's place at the zoom the map flies to for it", (_, place) => {
    const zoom = EVENT_ZOOM[place.precision];
    const shown = visiblePlaces(places, zoom);
    if (place.precision === 'country') {
      expect(shown.map((p) => p.name)).toContain(countryOf.get(place.country));
    } else {
      // "Near the Chinese embassy, The Hague" is named by The Hague; "Off Myrtle Beach, South Carolina" by Myrtle Beach.
      const named = shown.filter((p) => p.kind === 'city' && place.name.includes(p.name) && near(p, place, 0.5));
      expect(named.map((p) => p.name)).toHaveLength(1);
    }
  });

  it('name Washington, Taipei, Hsinchu and Warsaw at city zoom', () => {
    const cities = names(EVENT_ZOOM.city, 'city').map((p) => p.name);
    for (const name of ['Washington, D.C.', 'Taipei', 'Hsinchu', 'Warsaw']) expect(cities).toContain(name);
  });

  it('name the world’s major cities and its largest countries at world zoom', () => {
    const cities = names(2, 'city').map((p) => p.name);
    for (const name of ['Beijing', 'New York', 'London', 'Moscow', 'Tokyo', 'São Paulo', 'Cairo', 'Mumbai']) expect(cities).toContain(name);
    const countries = names(1, 'country').map((p) => p.name);
    for (const name of ['Russia', 'Canada', 'China', 'United States', 'Brazil', 'Australia']) expect(countries).toContain(name);
  });

  it('give the more important places first, so they win where labels collide', () => {
    const order = names(6, 'city').map((p) => p.name);
    expect(order.indexOf('Amsterdam')).toBeLessThan(order.indexOf('Zoetermeer'));
    expect(order.indexOf('Washington, D.C.')).toBeLessThan(order.indexOf('Myrtle Beach'));
  });

  it('have a name and a zoom for every place', () => {
    for (const f of places.features) {
      expect(String(f.properties?.name).trim()).not.toBe('');
      expect(Number.isFinite(f.properties?.minzoom)).toBe(true);
    }
  });
});
