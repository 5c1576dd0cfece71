import { useT, useTranslator } from '../i18n/react';

/** "37 of 20,000 events", read out politely whenever the filters, the search or the window change it. */
export function CountSentence({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  const { number } = useTranslator();
  return (
    <p className="count" aria-live="polite" aria-atomic="true">
      {t('search.count', { shown: number(shown), total: t('core.events', { count: total }) })}
    </p>
  );
}
