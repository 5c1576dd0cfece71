import { useT, useTranslator } from '../i18n/react';
import { FACET_KEYS, type FacetKey, type FacetSelection } from '../search/facets';
import type { CategoryStyle } from '../symbols/palette';
import { facetLabel, valueLabel } from './facetWords';

export interface FilterChipsProps {
  query: string;
  facets: FacetSelection;
  hiddenCategories: ReadonlySet<string>;
  styles: readonly CategoryStyle[];
  onClearQuery(): void;
  onToggleFacet(facet: FacetKey, value: string): void;
  onToggleCategory(id: string): void;
  onClearAll(): void;
}

interface Chip {
  readonly key: string;
  readonly text: string;
  remove(): void;
}

/** Every active filter as a button that removes it, and one that removes them all. */
export function FilterChips({ query, facets, hiddenCategories, styles, onClearQuery, onToggleFacet, onToggleCategory, onClearAll }: FilterChipsProps) {
  const t = useT();
  const { locale } = useTranslator();
  const chips: Chip[] = [
    ...(query.trim() ? [{ key: 'q', text: t('search.chip.query', { query: query.trim() }), remove: onClearQuery }] : []),
    ...FACET_KEYS.flatMap((facet) =>
      [...facets[facet]].map((value) => ({
        key: `${facet}:${value}`,
        text: t('search.chip.facet', { facet: facetLabel(t, facet), value: valueLabel(t, locale, facet, value) }),
        remove: () => onToggleFacet(facet, value),
      })),
    ),
    ...styles
      .filter((s) => hiddenCategories.has(s.id))
      .map((s) => ({ key: `hide:${s.id}`, text: t('search.chip.hidden', { category: s.label }), remove: () => onToggleCategory(s.id) })),
  ];
  if (!chips.length) return null;
  return (
    <div className="filter-chips">
      <ul aria-label={t('search.chips')}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="chip" aria-label={t('search.chip.remove', { filter: chip.text })} onClick={chip.remove}>
              <span className="chip-text">{chip.text}</span>
              <span aria-hidden="true" className="chip-x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="clear-all" onClick={onClearAll}>
        {t('search.clearAll')}
      </button>
    </div>
  );
}
