import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchToState } from '../../../src/state/url';
import { unreadParams } from '../../../src/state/unreadParams';

const known = { events: new Set(['a-raid']), categories: new Set(['raid', 'cyber']), chapterCount: 2, country: new Set(['NL']), actor: new Set<string>() };
const unread = (search: string) => unreadParams(search, searchToState(search, known), known.categories);

describe('unreadParams', () => {
  it('is empty for a link it reads whole, and for none', () => {
    expect(unread('?event=a-raid&from=2023-01-01&to=2023-02-01&map=4/52.1/5.1&hide=raid&lang=nl')).toEqual([]);
    expect(unread('')).toEqual([]);
  });

  it('names each parameter that was there and could not be read', () => {
    expect(unread('?event=gone&from=2023-02-31&to=2023-03-01&map=0x34/1/1&hide=raid,nope&lang=fr')).toEqual(['event', 'from', 'to', 'map', 'hide', 'lang']);
  });

  it('leaves alone parameters that are not the state’s: page flags and strangers', () => {
    expect(unread('?embed=1&data=x.json&utm_source=news')).toEqual([]);
  });

  it('unreadParams() names only parameters of the query, for any query (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('event', 'from', 'to', 'map', 'hide', 'lang', 'x'), fc.string()), { maxLength: 8 }), (pairs) => {
        const search = `?${new URLSearchParams(pairs).toString()}`;
        for (const name of unread(search)) expect(pairs.some(([k]) => k === name) || name === 'from' || name === 'to').toBe(true);
      }),
    );
  });
});
