import type { Lang } from './lang';
import { catalogues, type Catalogue } from './messages';
import { createTranslator, type Translate, type Translator } from './translate';

export type { Lang } from './lang';
export { LANGS, LOCALES, DEFAULT_LANG, chooseLang, isLang } from './lang';
export type { MessageKey, Catalogue } from './messages';

export type T = Translate<Catalogue>;
export type AppTranslator = Translator<Catalogue>;

const cache = new Map<Lang, AppTranslator>();

/** The interface's words in one language; pure, so workers, the export and tests use it as React does. */
export function translatorFor(lang: Lang): AppTranslator {
  let translator = cache.get(lang);
  if (!translator) {
    translator = createTranslator<Catalogue>(lang, catalogues[lang]);
    cache.set(lang, translator);
  }
  return translator;
}
