import { useId, useMemo, useState } from 'react';
import { useT, useTranslator } from '../i18n/react';
import type { FacetCount, FacetKey } from '../search/facets';
import { fold } from '../search/fold';
import { facetLabel, valueLabel } from './facetWords';

export interface FacetGroupProps {
  facet: FacetKey;
  counts: readonly FacetCount[];
  chosen: ReadonlySet<string>;
  onToggle(facet: FacetKey, value: string): void;
}

/** Values listed before "Show all"; a list longer than this can also be searched. */
const FIRST = 8;

/** One facet as a group of checkboxes, most frequent first, each with its count in the window. */
export function FacetGroup({ facet, counts, chosen, onToggle }: FacetGroupProps) {
  const t = useT();
  const { locale, number } = useTranslator();
  const id = useId();
  const [all, setAll] = useState(false);
  // Open at first when a link chose a value in it.
  const [open, setOpen] = useState(chosen.size > 0);
  const [find, setFind] = useState('');
  const labelled = useMemo(() => counts.map((c) => ({ ...c, label: valueLabel(t, locale, facet, c.value) })), [counts, t, locale, facet]);
  const needle = fold(find.trim());
  const found = needle ? labelled.filter((c) => fold(c.label).includes(needle)) : labelled;
  // Chosen values stay in sight however long the list.
  const shown = all || needle ? found : found.filter((c, i) => i < FIRST || chosen.has(c.value));
  const searchable = facet === 'country' || facet === 'actor';
  const name = facetLabel(t, facet);
  return (
    <div className="facet">
      <h3>
        <button type="button" className="facet-toggle" aria-expanded={open} aria-controls={`${id}-group`} onClick={() => setOpen(!open)}>
          {name}
          {chosen.size > 0 && <span className="facet-chosen"> · {t('search.facet.chosen', { count: chosen.size })}</span>}
        </button>
      </h3>
      <fieldset id={`${id}-group`} hidden={!open}>
        <legend className="visually-hidden">{name}</legend>
        {searchable && counts.length > FIRST && (
          <input
            type="search"
            className="facet-find"
            aria-label={t(facet === 'country' ? 'search.facet.find.country' : 'search.facet.find.actor')}
            placeholder={t(facet === 'country' ? 'search.facet.find.country' : 'search.facet.find.actor')}
            value={find}
            onChange={(e) => setFind(e.target.value)}
          />
        )}
        {!counts.length && <p className="facet-note">{t('search.facet.empty')}</p>}
        {needle && !found.length && <p className="facet-note">{t('search.facet.noMatch', { text: find.trim() })}</p>}
        <ul id={`${id}-values`}>
          {shown.map((c) => (
            <li key={c.value}>
              <label>
                <input type="checkbox" checked={chosen.has(c.value)} onChange={() => onToggle(facet, c.value)} />
                <span className="facet-value">{c.label}</span> <span className="count">({number(c.count)})</span>
              </label>
            </li>
          ))}
        </ul>
        {!needle && found.length > FIRST && (
          <button type="button" className="link-button" aria-controls={`${id}-values`} aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t('search.facet.showFewer') : t('search.facet.showAll', { count: found.length })}
          </button>
        )}
      </fieldset>
    </div>
  );
}
