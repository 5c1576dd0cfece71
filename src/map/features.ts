import { mapLabel } from './mapLabel';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Place, PlacedEvent } from '../story/model';
import type { PixelOffset } from './offsets';
import { markerVariant, type MarkerVariant } from '../symbols/variant';
import type { Lang } from '../i18n/lang';

export interface EventProperties {
  id: string;
  title: string;
  category: string;
  precision: string;
  /** Icon image name: "<category>/<point|region|country>". */
  icon: string;
  /** Earliest and latest possible moment, in UTC ms: the GPU-side time filter reads these. */
  t0: number;
  t1: number;
  /** Index into the offset table (see offsetSlots): slot 0 is no offset. */
  slot: number;
  country: string;
}

export const iconName = (category: string, variant: MarkerVariant) => `${category}/${variant}`;

export interface OffsetSlots {
  readonly slotOf: ReadonlyMap<string, number>;
  /** The distinct offsets; the style's icon-offset picks one by slot. */
  readonly table: readonly PixelOffset[];
}

/**
 * Numbers the distinct ring offsets. Features carry a slot number rather than the
 * offset itself: maplibre hands array properties back as strings when the map is
 * queried, and an icon-offset read from such a string fails its type check.
 */
export function offsetSlots(offsets: ReadonlyMap<string, PixelOffset>): OffsetSlots {
  const table: PixelOffset[] = [[0, 0]];
  const slotByKey = new Map<string, number>([['0,0', 0]]);
  const slotOf = new Map<string, number>();
  for (const [id, offset] of offsets) {
    const key = offset.join(',');
    let slot = slotByKey.get(key);
    if (slot === undefined) {
      slot = table.push(offset) - 1;
      slotByKey.set(key, slot);
    }
    slotOf.set(id, slot);
  }
  return { slotOf, table };
}

/** Where each country's name is written on the map, by ISO code: a national event's symbol goes there. */
export type LabelPoints = ReadonlyMap<string, { readonly lon: number; readonly lat: number; readonly name: string }>;

/** `lang` picks the name the basemap build gave the label in that language (`name_nl`), if any. */
export function countryLabelPoints(places: FeatureCollection, lang: Lang = 'en'): LabelPoints {
  const points = new Map<string, { lon: number; lat: number; name: string }>();
  for (const f of places.features) {
    const { kind, country, name } = f.properties ?? {};
    if (kind !== 'country' || typeof country !== 'string' || f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    points.set(country, { lon, lat, name: String(f.properties?.[`name_${lang}`] ?? name) });
  }
  return points;
}

/**
 * Where an event is drawn: its place, or for an event known only to the country, the
 * country's label point, so it reads as national and not as a town near the middle.
 */
export function mapPlace(e: { readonly place: Pick<Place, 'lon' | 'lat' | 'precision' | 'country'> }, labels: LabelPoints): { lon: number; lat: number } {
  const label = e.place.precision === 'country' && e.place.country ? labels.get(e.place.country) : undefined;
  return label ? { lon: label.lon, lat: label.lat } : { lon: e.place.lon, lat: e.place.lat };
}

const lonLat = (p: { lon: number; lat: number }): [number, number] => [p.lon, p.lat];

export function eventFeatures(
  events: readonly PlacedEvent[],
  offsets: ReadonlyMap<string, PixelOffset>,
  labels: LabelPoints = new Map(),
): FeatureCollection<Point, EventProperties> {
  const { slotOf } = offsetSlots(offsets);
  return {
    type: 'FeatureCollection',
    features: events.map((e): Feature<Point, EventProperties> => ({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: lonLat(mapPlace(e, labels)) },
      properties: {
        id: e.id,
        title: e.title,
        category: e.category,
        precision: e.place.precision,
        icon: iconName(e.category, markerVariant(e.place.precision)),
        t0: e.time.min,
        t1: e.time.max,
        slot: slotOf.get(e.id) ?? 0,
        country: e.place.country ?? '',
      },
    })),
  };
}

/**
 * A gentle arc from a to b, as a line of `steps` segments, bowing to the left of the
 * direction of travel so that a → b and b → a do not overlap.
 */
export function arc(a: readonly [number, number], b: readonly [number, number], steps = 32, bend = 0.2): [number, number][] {
  const [x0, y0] = a;
  const [x1, y1] = b;
  const cx = (x0 + x1) / 2 - (y1 - y0) * bend;
  const cy = (y0 + y1) / 2 + (x1 - x0) * bend;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return [u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1];
  });
}

export interface RelationLine {
  from: PlacedEvent;
  to: PlacedEvent;
  kind: string;
}

export interface RelationProperties {
  kind: string;
  from: string;
  to: string;
  /** Both ends' spans and categories, so the time and category filters hide a line with either end. */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  aCategory: string;
  bCategory: string;
}

/** Lines between related events; events at the same spot get no line (the panel lists them). */
export function relationFeatures(lines: readonly RelationLine[]): FeatureCollection<LineString, RelationProperties> {
  return {
    type: 'FeatureCollection',
    features: lines
      .filter((l) => l.from.place.lon !== l.to.place.lon || l.from.place.lat !== l.to.place.lat)
      .map((l) => ({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: arc([l.from.place.lon, l.from.place.lat], [l.to.place.lon, l.to.place.lat]) },
        properties: {
          kind: mapLabel(l.kind),
          from: l.from.id,
          to: l.to.id,
          a0: l.from.time.min,
          a1: l.from.time.max,
          b0: l.to.time.min,
          b1: l.to.time.max,
          aCategory: l.from.category,
          bCategory: l.to.category,
        },
      })),
  };
}
