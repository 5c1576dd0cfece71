import { useRef } from 'react';
import { useT } from '../i18n/react';
import { FACET_KEYS, type FacetCounts, type FacetKey } from '../search/facets';
import { useStore, type Store } from '../state/store';
import * as act from '../state/actions';
import type { CategoryStyle } from '../symbols/palette';
import { FacetGroup } from './FacetGroup';
import { FilterChips } from './FilterChips';
import { SearchBox } from './SearchBox';
import './filter.css';

/** Above this many events a search costs more than a frame: it waits for a pause in typing. */
const LARGE = 5_000;
const SETTLE_MS = 300;

export interface FilterPanelProps {
  store: Store;
  styles: readonly CategoryStyle[];
  facetCounts: FacetCounts;
}

/** The search box, the chips of the active filters and the facets; the categories stay in the legend. */
export function FilterPanel({ store, styles, facetCounts }: FilterPanelProps) {
  const t = useT();
  const query = useStore(store, (s) => s.query);
  const facets = useStore(store, (s) => s.facets);
  const hiddenCategories = useStore(store, (s) => s.hiddenCategories);
  const large = useStore(store, (s) => s.story.events.length > LARGE);
  const panel = useRef<HTMLElement>(null);
  // A removed chip takes its button with it: focus goes to the search box rather than to the page.
  const refocus = () => requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('.chip, input[type="search"]')?.focus());
  const toggleFacet = (facet: FacetKey, value: string) => store.update(act.toggleFacet, facet, value);
  return (
    <section className="filter-panel" aria-labelledby="filter-heading" ref={panel}>
      <h2 id="filter-heading">{t('search.heading')}</h2>
      <SearchBox query={query} settleMs={large ? SETTLE_MS : 0} onChange={(q) => store.update(act.setQuery, q)} />
      <FilterChips
        query={query}
        facets={facets}
        hiddenCategories={hiddenCategories}
        styles={styles}
        onClearQuery={() => {
          store.update(act.setQuery, '');
          refocus();
        }}
        onToggleFacet={(facet, value) => {
          toggleFacet(facet, value);
          refocus();
        }}
        onToggleCategory={(id) => {
          store.update(act.toggleCategory, id);
          refocus();
        }}
        onClearAll={() => {
          store.update(act.clearFilters);
          refocus();
        }}
      />
      <div className="facets">
        {FACET_KEYS.map((facet) => (
          <FacetGroup key={facet} facet={facet} counts={facetCounts[facet]} chosen={facets[facet]} onToggle={toggleFacet} />
        ))}
      </div>
    </section>
  );
}
