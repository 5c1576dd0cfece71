import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/react';
import { QUERY_MAX } from '../state/url';

export interface SearchBoxProps {
  query: string;
  /** How long typing must pause before the search runs: 0 for a small story, more for a large one. */
  settleMs: number;
  onChange(query: string): void;
}

/**
 * The free-text search: a labelled search field. The field answers every key at once; the store
 * (and with it the map, timeline and list) hears of the text once typing pauses for `settleMs`.
 */
export function SearchBox({ query, settleMs, onChange }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(query);
  const sent = useRef(query);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  // A chip, Clear all or Back changed the query: show it.
  useEffect(() => {
    if (query !== sent.current) {
      sent.current = query;
      setText(query);
    }
  }, [query]);
  useEffect(() => {
    if (text === sent.current) return;
    const send = () => {
      sent.current = text;
      latest.current(text);
    };
    if (settleMs === 0) return send();
    const timer = setTimeout(send, settleMs);
    return () => clearTimeout(timer);
  }, [text, settleMs]);
  return (
    <div className="search-box">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={QUERY_MAX}
        placeholder={t('search.placeholder')}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {t('search.hint')}
      </p>
    </div>
  );
}
