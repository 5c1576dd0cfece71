import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAGE_KEYS, searchToState, stateToSearch, toUrlState, type UrlState } from '../../../src/state/url';
import { endOfDay, makeStory, utc } from '../fixtures';
import { LANGS } from '../../../src/i18n/lang';
import { initialState } from '../../../src/state/store';
import { NO_FACETS, type FacetSelection } from '../../../src/search/facets';

const EVENTS = new Set(['transavia-breach', 'nuctech-raid-rotterdam']);
const CATEGORIES = new Set(['cyber', 'raid', 'report']);
const CHAPTERS = 4;
const COUNTRIES = new Set(['NL', 'DE', 'CN']);
const ACTORS = new Set(['MSS', 'Nuctech', 'Huawei, Ltd.', 'AIVD / MIVD', 'Düsseldorf police']);
const KNOWN = { events: EVENTS, categories: CATEGORIES, chapterCount: CHAPTERS, country: COUNTRIES, actor: ACTORS };
const read = (search: string) => searchToState(search, KNOWN);

const EMPTY: UrlState = {
  selectedId: null,
  window: null,
  hiddenCategories: new Set(),
  facets: NO_FACETS,
  query: '',
  view: null,
  presenting: false,
  chapter: 0,
  lang: null,
};
/** What a query may hold: no control characters. */
const typeable = (q: string) => ![...q].some((c) => c < ' ' || c === '\u007f');
const facets = (chosen: Partial<Record<keyof FacetSelection, string[]>>): FacetSelection => ({
  country: new Set(chosen.country),
  actor: new Set(chosen.actor),
  verification: new Set(chosen.verification),
  precision: new Set(chosen.precision),
});
const FULL: UrlState = {
  ...EMPTY,
  selectedId: 'transavia-breach',
  window: { start: utc('2019-01-01'), end: endOfDay('2019-12-31') },
  hiddenCategories: new Set(['raid', 'cyber']),
  view: { zoom: 5.5, center: [4.9, 52.1] },
};

describe('searchToState', () => {
  it('reads every parameter of a complete link', () => {
    expect(read('?event=transavia-breach&from=2019-01-01&to=2019-12-31&hide=raid,cyber&map=5.50/52.1000/4.9000')).toEqual(FULL);
  });

  it('reads an empty query as the empty state', () => {
    expect(read('')).toEqual(EMPTY);
  });

  it('drops unknown event ids and categories', () => {
    expect(read('?event=no-such-event&hide=raid,espionage,,cyber')).toEqual({ ...EMPTY, hiddenCategories: new Set(['raid', 'cyber']) });
  });

  it('ignores a window with a malformed, missing or reversed edge', () => {
    for (const search of [
      '?from=2019-1-1&to=2019-12-31',
      '?from=2019-01-01&to=soon',
      '?from=2019-01-01',
      '?from=2019-13-01&to=2019-12-31',
      '?from=2020-01-01&to=2019-12-31',
    ]) {
      expect(read(search).window, search).toBeNull();
    }
  });

  it('ignores a window edge that is not in the calendar', () => {
    expect(read('?from=2019-02-30&to=2019-12-31').window).toBeNull();
  });

  it('ignores a malformed or out-of-range map view', () => {
    for (const map of ['5/52', '5/52/4/1', 'a/52/4', '23/52/4', '5/86/4', '5/52/181', '-1/52/4']) {
      expect(read(`?map=${map}`).view, map).toBeNull();
    }
  });

  it('opens presenter mode at the chapter numbered from 1, kept within the story', () => {
    expect(read('?present=1&chapter=3')).toMatchObject({ presenting: true, chapter: 2 });
    expect(read('?present=1')).toMatchObject({ presenting: true, chapter: 0 });
    expect(read('?present=1&chapter=99').chapter).toBe(CHAPTERS - 1);
    expect(read('?present=1&chapter=0').chapter).toBe(0);
    expect(read('?present=1&chapter=two').chapter).toBe(0);
  });

  it('stays out of presenter mode unless asked, or when the story has no chapters', () => {
    expect(read('?present=yes').presenting).toBe(false);
    expect(searchToState('?present=1&chapter=2', { ...KNOWN, chapterCount: 0 })).toMatchObject({ presenting: false, chapter: 0 });
  });

  it('reads the search and the facets, one actor per parameter', () => {
    const state = read('?q=d%C3%BCsseldorf+raid&country=NL,CN&actor=Huawei,+Ltd.&actor=MSS&verification=verified,none&precision=city');
    expect(state).toEqual({
      ...EMPTY,
      query: 'düsseldorf raid',
      facets: facets({ country: ['NL', 'CN'], actor: ['Huawei, Ltd.', 'MSS'], verification: ['verified', 'none'], precision: ['city'] }),
    });
  });

  it('drops facet values the story does not have, and a query too long or with control characters', () => {
    const state = read('?country=NL,XX,nl&actor=Nobody&actor=MSS&verification=maybe&precision=street,country');
    expect(state.facets).toEqual(facets({ country: ['NL'], actor: ['MSS'], precision: ['country'] }));
    expect(read(`?q=${'a'.repeat(201)}`).query).toBe('');
    expect(read('?q=a%00b').query).toBe('');
    expect(read(`?q=${'a'.repeat(200)}`).query).toHaveLength(200);
  });

  it('ignores a map view with empty parts', () => {
    expect(read('?map=//').view).toBeNull();
    expect(read('?map=5//').view).toBeNull();
  });
});

describe('stateToSearch', () => {
  it('writes commas and slashes unescaped, categories sorted', () => {
    expect(stateToSearch(FULL, '')).toBe('?event=transavia-breach&from=2019-01-01&to=2019-12-31&hide=cyber,raid&map=5.50/52.1000/4.9000');
  });

  it('writes nothing for the empty state', () => {
    expect(stateToSearch(EMPTY, '')).toBe('');
  });

  it('keeps parameters that are not its own and replaces those that are', () => {
    const current = '?embed=1&event=nuctech-raid-rotterdam&from=2000-01-01&to=2000-02-01&theme=dark';
    expect(stateToSearch({ ...EMPTY, selectedId: 'transavia-breach' }, current)).toBe('?embed=1&theme=dark&event=transavia-breach');
  });

  it('writes the search and the facets after the categories, values sorted', () => {
    const state = { ...EMPTY, query: 'nuctech scan', facets: facets({ country: ['NL', 'CN'], actor: ['MSS', 'Huawei, Ltd.'], precision: ['city'] }) };
    expect(stateToSearch(state, '')).toBe('?q=nuctech+scan&country=CN,NL&actor=Huawei,+Ltd.&actor=MSS&precision=city');
  });

  it('writes presenter mode with its chapter numbered from 1', () => {
    expect(stateToSearch({ ...EMPTY, presenting: true, chapter: 2 }, '')).toBe('?present=1&chapter=3');
    expect(stateToSearch({ ...EMPTY, chapter: 2 }, '?present=1&chapter=3')).toBe('');
  });

  it('writes the UTC days the window starts and ends in', () => {
    const window = { start: utc('2019-03-12T15:30:00Z'), end: utc('2019-04-01T00:00:00Z') };
    expect(stateToSearch({ ...EMPTY, window }, '')).toBe('?from=2019-03-12&to=2019-04-01');
  });
});

const DAY = 86_400_000;
const day = fc.integer({ min: utc('1990-01-01') / DAY, max: utc('2039-12-31') / DAY });
/** Presenter mode and its chapter; the chapter is only in the link while presenting. */
const presenter = fc.oneof(
  fc.constant({ presenting: false, chapter: 0 }),
  fc.integer({ min: 0, max: CHAPTERS - 1 }).map((chapter) => ({ presenting: true, chapter })),
);
const urlState: fc.Arbitrary<UrlState> = fc
  .record({
    presenter,
    selectedId: fc.constantFrom(null, ...EVENTS),
    window: fc.option(
      fc.tuple(day, day).map(([a, b]) => ({ start: Math.min(a, b) * DAY, end: Math.max(a, b) * DAY + DAY - 1 })),
      { nil: null },
    ),
    hiddenCategories: fc.subarray([...CATEGORIES]).map((c) => new Set(c)),
    facets: fc
      .record({
        country: fc.subarray([...COUNTRIES]),
        actor: fc.subarray([...ACTORS]),
        verification: fc.subarray(['verified', 'partly-verified', 'unverified', 'none']),
        precision: fc.subarray(['address', 'city', 'region', 'country', 'none']),
      })
      .map(facets),
    query: fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 200 }).filter(typeable),
      fc.string({ unit: 'grapheme', maxLength: 40 }).filter((q) => q.length <= 200 && typeable(q)),
      fc.constantFrom('düsseldorf', 'a&b=c', '100% + 1', '/,?#'),
    ),
    lang: fc.constantFrom(null, ...LANGS),
    view: fc.option(
      fc.record({
        zoom: fc.integer({ min: 0, max: 2200 }).map((z) => z / 100),
        center: fc
          .tuple(fc.integer({ min: -1_800_000, max: 1_800_000 }), fc.integer({ min: -850_000, max: 850_000 }))
          .map(([lon, lat]): [number, number] => [lon / 1e4, lat / 1e4]),
      }),
      { nil: null },
    ),
  })
  .map(({ presenter: p, ...rest }) => ({ ...rest, ...p }));

describe('lang', () => {
  it('reads ?lang=en|nl strictly', () => {
    expect(read('?lang=nl').lang).toBe('nl');
    expect(read('?lang=en').lang).toBe('en');
    for (const lang of ['NL', 'nl-NL', 'de', '', ' nl']) expect(read(`?lang=${encodeURIComponent(lang)}`).lang, lang).toBeNull();
  });

  it('writes the language only when it was asked for, or while presenting', () => {
    const start = { ...initialState(makeStory([{ id: 'a', date: '2020' }]), 'nl'), langChosen: false };
    expect(stateToSearch(toUrlState(start), '')).toBe('');
    expect(stateToSearch(toUrlState({ ...start, langChosen: true }), '')).toBe('?lang=nl');
    expect(stateToSearch(toUrlState({ ...start, presenting: true }), '')).toBe('?present=1&chapter=1&lang=nl');
  });
});

describe('searchToState after stateToSearch', () => {
  it('gives back the state, with foreign parameters left alone (property)', () => {
    fc.assert(
      fc.property(urlState, fc.constantFrom('', '?embed=1', '?theme=dark&embed=1'), (state, current) => {
        const search = stateToSearch(state, current);
        expect(read(search)).toEqual(state);
        const foreign = new URLSearchParams(current);
        foreign.forEach((value, key) => expect(new URLSearchParams(search).get(key)).toBe(value));
      }),
    );
  });
});

describe('strict parsing', () => {
  it('refuses numbers written in hex, with an exponent, with spaces, or infinite', () => {
    for (const map of ['0x34/52/4', '1e1/52/4', '5/5.2e1/4', ' 5/52/4', '5/52/Infinity', '5/52/+4', '5./52/4']) {
      expect(read(`?map=${encodeURIComponent(map)}`).view, map).toBeNull();
    }
    for (const chapter of ['1e1', '0x2', ' 2', '2.0', '-1', '+3']) {
      expect(read(`?present=1&chapter=${encodeURIComponent(chapter)}`).chapter, chapter).toBe(0);
    }
  });

  it('writes back only the parameters it knows', () => {
    const unknown = Array.from({ length: 2000 }, (_, i) => `p${i}=${i}`).join('&');
    expect(stateToSearch({ ...EMPTY, selectedId: 'transavia-breach' }, `?${unknown}&embed=1&utm_source=x&data=story.json`)).toBe(
      '?embed=1&data=story.json&event=transavia-breach',
    );
  });

  it('reads any query string as a valid state, and writes back only known keys (property)', () => {
    const known = [...PAGE_KEYS, 'event', 'from', 'to', 'hide', 'q', 'country', 'actor', 'verification', 'precision', 'map', 'present', 'chapter'];
    const key = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 8 }));
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('1', '0x34', '1e1', 'NaN', '-0', '2019-02-30', 'transavia-breach', 'raid,cyber', 'NL,XX', 'MSS', 'none', 'city'),
      fc.tuple(fc.double(), fc.double(), fc.double()).map((parts) => parts.join('/')),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const search = `?${new URLSearchParams(pairs).toString()}`;
        const state = read(search);
        expect(state.selectedId === null || EVENTS.has(state.selectedId)).toBe(true);
        expect([...state.hiddenCategories].every((c) => CATEGORIES.has(c))).toBe(true);
        expect([...state.facets.country].every((c) => COUNTRIES.has(c))).toBe(true);
        expect([...state.facets.actor].every((a) => ACTORS.has(a))).toBe(true);
        expect(state.query.length).toBeLessThanOrEqual(200);
        expect(Number.isInteger(state.chapter) && state.chapter >= 0 && state.chapter < CHAPTERS).toBe(true);
        if (state.window) expect(state.window.start).toBeLessThanOrEqual(state.window.end);
        if (state.view) {
          expect(state.view.zoom >= 0 && state.view.zoom <= 22).toBe(true);
          expect(state.view.center.every(Number.isFinite)).toBe(true);
        }
        for (const k of new URLSearchParams(stateToSearch(state, search)).keys()) expect(known).toContain(k);
      }),
    );
  });
});
