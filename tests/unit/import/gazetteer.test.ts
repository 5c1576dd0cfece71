import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../../src/import/gazetteer';
import { loadGazetteer } from './helpers';

const tiny = createGazetteer({
  source: 'test',
  places: [
    ['Cambridge', '', 'Cambridgeshire', 'GB', 0.12, 52.2, 128488],
    ['Cambridge', '', 'Waikato', 'NZ', 175.47, -37.89, 15192],
    ['Frankfurt', 'Frankfurt am Main', 'Hessen', 'DE', 8.68, 50.11, 2895000],
    ['Frankfurt', 'Frankfurt (Oder)', 'Brandenburg', 'DE', 14.55, 52.34, 58000],
    ['Düsseldorf', 'Dusseldorf', 'Nordrhein-Westfalen', 'DE', 6.78, 51.22, 1220000],
  ],
});
const query = (text: string, country: string | null = null, admin: string | null = null) => tiny.lookup({ text, country, admin });

describe('createGazetteer', () => {
  it('matches ignoring accents and case', () => {
    for (const name of ['dusseldorf', 'DÜSSELDORF', ' Düsseldorf ']) expect(query(name)).toMatchObject({ kind: 'unique', place: { country: 'DE' } });
  });

  it('lists every candidate of an ambiguous name', () => {
    expect(query('Cambridge')).toMatchObject({ kind: 'ambiguous', candidates: [{ country: 'GB' }, { country: 'NZ' }] });
    expect(query('Frankfurt')).toMatchObject({ kind: 'ambiguous', candidates: [{ admin: 'Hessen' }, { admin: 'Brandenburg' }] });
  });

  it('narrows by a country or region written after a comma, or given by the row', () => {
    expect(query('Cambridge, UK')).toMatchObject({ kind: 'unique', place: { country: 'GB' } });
    expect(query('Cambridge, New Zealand')).toMatchObject({ kind: 'unique', place: { country: 'NZ' } });
    expect(query('Cambridge', 'NZ')).toMatchObject({ kind: 'unique', place: { country: 'NZ' } });
    expect(query('Frankfurt', 'DE', 'Brandenburg')).toMatchObject({ kind: 'unique', place: { lon: 14.55 } });
    expect(query('Frankfurt (Oder)')).toMatchObject({ kind: 'unique', place: { admin: 'Brandenburg' } });
  });

  it('finds nothing for an unknown name, or a known name in the wrong country', () => {
    expect(query('Atlantis')).toEqual({ kind: 'none' });
    expect(query('Cambridge, France')).toEqual({ kind: 'none' });
  });

  it('reads the committed Natural Earth file', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.source).toMatch(/Natural Earth/);
    expect(gazetteer.lookup({ text: 'Den Haag', country: null, admin: null })).toMatchObject({ kind: 'unique', place: { name: 'The Hague', country: 'NL' } });
    expect(gazetteer.lookup({ text: 'Cambridge', country: null, admin: null }).kind).toBe('ambiguous');
    expect(gazetteer.lookup({ text: 'Kyiv', country: 'UA', admin: null })).toMatchObject({ kind: 'unique', place: { name: 'Kiev' } });
  });
});
