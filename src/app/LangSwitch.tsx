import { LANGS, type Lang } from '../i18n';
import { useT } from '../i18n/react';

/**
 * The interface's language, as a native select: keyboard and phones work as everywhere else.
 * Each language is named in itself (and marked so), as a reader looking for theirs expects; that
 * name is label enough on screen, so "Language" is for screen readers and the map keeps its room.
 */
export function LangSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const t = useT();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('core.language')}</span>
      <select value={lang} onChange={(e) => onChange(e.currentTarget.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`core.lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
