import { describe, expect, it } from 'vitest';
import { dutchCountryNames, withDutchNames } from '../../../../geodata/basemap/names.mjs';
import { visiblePlaces } from '../../../../src/map/staticProjection';
import { servedBasemap } from './landAndWater';
import type { Feature, Point } from 'geojson';

const { places } = servedBasemap();
const dutch = new Map(places.features.map((f) => [String(f.properties?.name), f.properties?.name_nl as string | undefined]));

describe('Dutch map labels', () => {
  it('name countries and cities as Dutch does, where Dutch has its own name', () => {
    expect(dutch.get('Germany')).toBe('Duitsland');
    expect(dutch.get('Belgium')).toBe('België');
    expect(dutch.get('United Kingdom')).toBe('Verenigd Koninkrijk');
    expect(dutch.get('London')).toBe('Londen');
    expect(dutch.get('The Hague')).toBe('Den Haag');
    expect(dutch.get('Cologne')).toBe('Keulen');
  });

  it('leave a name alone where Dutch says it the same way', () => {
    expect(dutch.get('Amsterdam')).toBeUndefined();
    expect(dutch.get('Eindhoven')).toBeUndefined();
    expect([...dutch].every(([name, nl]) => nl !== name)).toBe(true);
  });

  it('take the common name, not the official one', () => {
    expect(dutchCountryNames().get('DE')).toBe('Duitsland');
    const label: Feature<Point> = {
      type: 'Feature',
      properties: { name: 'Germany', kind: 'country', country: 'DE' },
      geometry: { type: 'Point', coordinates: [10, 51] },
    };
    expect(withDutchNames([label], dutchCountryNames(), new Map())[0].properties).toMatchObject({ name_nl: 'Duitsland' });
  });

  it('reach the static map in Dutch', () => {
    const names = visiblePlaces(places, 6, 'nl').map((p) => p.name);
    expect(names).toContain('Duitsland');
    expect(names).toContain('Den Haag');
    expect(names).not.toContain('The Hague');
  });
});
