import { isPlaced, type Story } from '../story/model';
import type { RelationLine } from '../map/features';
import { overlapsWindow, passesFilters, type Filters, type TimeWindow } from './filter';

/** Events per category within the window, for the legend. */
export function countByCategory(story: Story, window: TimeWindow | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of story.events) if (overlapsWindow(e.time, window)) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return counts;
}

/** Countries to outline: where a shown event is known only to the country, and the selected event's. */
export function shadedCountries(story: Story, window: TimeWindow | null, filters: Filters, selectedId: string | null): string[] {
  const codes = new Set<string>();
  for (const e of story.events) {
    const country = e.place?.precision === 'country' ? e.place.country : null;
    if (country === null) continue;
    if (e.id === selectedId || (passesFilters(e, filters) && overlapsWindow(e.time, window))) codes.add(country);
  }
  return [...codes].sort();
}

/** The lines drawn for the selected event: one per relation it takes part in. */
export function selectedRelationLines(story: Story, selectedId: string | null): RelationLine[] {
  if (!selectedId) return [];
  return story.relations
    .filter((r) => r.from === selectedId || r.to === selectedId)
    .flatMap((r) => {
      const from = story.byId.get(r.from);
      const to = story.byId.get(r.to);
      return from && to && isPlaced(from) && isPlaced(to) ? [{ from, to, kind: r.kind }] : [];
    });
}
