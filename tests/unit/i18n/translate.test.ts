import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseLang, translatorFor, LANGS } from '../../../src/i18n';
import { catalogues, en } from '../../../src/i18n/messages';
import { createTranslator, type Translation } from '../../../src/i18n/translate';

describe('translate', () => {
  it('chooses plural forms with Intl.PluralRules', () => {
    const { t } = translatorFor('nl');
    expect(t('core.events', { count: 1 })).toBe('1 gebeurtenis');
    expect(t('core.events', { count: 24 })).toBe('24 gebeurtenissen');
    expect(t('core.events', { count: 0 })).toBe('0 gebeurtenissen');
    expect(translatorFor('en').t('core.events', { count: 1 })).toBe('1 event');
  });

  it('formats numbers in the reader’s language', () => {
    expect(translatorFor('nl').t('core.events', { count: 20000 })).toBe('20.000 gebeurtenissen');
    expect(translatorFor('en').t('core.shownOf', { shown: 37, total: 20000 })).toBe('37 of 20,000');
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    const catalogue = { greeting: 'Hello {name}' } as const;
    const { t } = createTranslator<typeof catalogue>('en', catalogue);
    expect(t('greeting', { name: 'Ada' })).toBe('Hello Ada');
    expect((t as (k: string, v?: object) => string)('greeting', {})).toBe('Hello {name}');
  });

  it('gives every catalogue the same keys and the same placeholders', () => {
    const names = (m: unknown) => [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const lang of LANGS) {
      expect(Object.keys(catalogues[lang]).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect([...new Set(names(catalogues[lang][key]))], `${lang} ${key}`).toEqual([...new Set(names(en[key]))]);
      }
    }
  });
});

it('refuses, at type-check time, a translation that lacks a key or a value a message needs', () => {
  const english = { a: 'A', b: { one: '{count} b', other: '{count} bs' } } as const;
  // @ts-expect-error "b" is missing
  const partial: Translation<typeof english> = { a: 'A' };
  const { t } = createTranslator<typeof english>('en', { ...partial, b: english.b });
  // @ts-expect-error a plural message needs its count
  expect(t('b')).toBe('{count} bs');
  expect(t('b', { count: 2 })).toBe('2 bs');
});

describe('chooseLang', () => {
  it('takes ?lang= first, then the browser’s languages in order, then English', () => {
    expect(chooseLang('nl', ['en-US'])).toBe('nl');
    expect(chooseLang('en', ['nl-NL'])).toBe('en');
    expect(chooseLang(null, ['de-DE', 'nl-BE', 'en'])).toBe('nl');
    expect(chooseLang(null, ['de-DE', 'fr'])).toBe('en');
    expect(chooseLang('xx', ['nl'])).toBe('nl');
    expect(chooseLang(null, [])).toBe('en');
  });

  it('always gives a language it knows', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.array(fc.string()), (param, langs) => {
        expect(LANGS).toContain(chooseLang(param, langs));
      }),
    );
  });
});
