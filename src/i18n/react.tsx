import { createContext, useContext } from 'react';
import { DEFAULT_LANG, translatorFor, type AppTranslator, type T } from '.';

export const TranslatorContext = createContext<AppTranslator>(translatorFor(DEFAULT_LANG));

/** The translator of the language shown: `const t = useT(); t('core.events', { count })`. */
export function useT(): T {
  return useContext(TranslatorContext).t;
}

export function useTranslator(): AppTranslator {
  return useContext(TranslatorContext);
}
