import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { translatorFor, type Lang } from '../i18n';
import { TranslatorContext } from '../i18n/react';
import type { Store } from '../state/store';

const none = () => () => {};

/**
 * Gives everything below the words of the store's language, and sets `<html lang>` to it.
 * Before the first story (and so the store) is in, the language chosen from the address and
 * the browser stands in, so the loading message is in the reader's language too.
 */
export function Translated({ store, fallback, children }: { store: Store | null; fallback: Lang; children: ReactNode }) {
  const lang = useSyncExternalStore(store?.subscribe ?? none, () => store?.getState().lang ?? fallback);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <TranslatorContext value={translatorFor(lang)}>{children}</TranslatorContext>;
}
