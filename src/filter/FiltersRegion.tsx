import type { ReactNode } from 'react';
import { useT } from '../i18n/react';

/** The search, facets and legend as one landmark, wherever the layout puts them (sidebar or the phone's fold). */
export function FiltersRegion({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <section className="filters-region" aria-label={t('search.facets')}>
      {children}
    </section>
  );
}
