import { useId } from 'react';
import { useT } from '../i18n/react';
import { QUERY_MAX } from '../state/url';

export interface SearchBoxProps {
  query: string;
  onChange(query: string): void;
}

/** The free-text search: a labelled search field, updated on every key (the results are deferred). */
export function SearchBox({ query, onChange }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        value={query}
        maxLength={QUERY_MAX}
        placeholder={t('search.placeholder')}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {t('search.hint')}
      </p>
    </div>
  );
}
