import type { Story } from '../story/model';
import type { MapView } from '../story/schema';
import type { TimeWindow } from '../time/window';
import type { CategoryStyle } from '../symbols/palette';
import type { MapTheme } from './theme';
import type { BasemapData } from './style';
import type { RelationLine } from './features';
import type { Lang } from '../i18n/lang';

/** What both maps, the interactive one and the static fallback, draw and report. */
export interface StoryMapLayerProps {
  story: Story;
  /** The language of the map's labels and words. */
  lang: Lang;
  styles: readonly CategoryStyle[];
  basemap: BasemapData;
  theme: MapTheme;
  window: TimeWindow | null;
  hiddenCategories: ReadonlySet<string>;
  /** The events the facets and the search let through, by id; null for all. */
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  hoveredId: string | null;
  /** Events ringed as well as the selected and hovered one: a presenter's chapter. */
  featuredIds: readonly string[];
  /** Countries to shade because an event there is known only to the country. */
  shadedCountries: readonly string[];
  relationLines: readonly RelationLine[];
  /** A view from a link, or else a box to fit. */
  initialView: MapView | [[number, number], [number, number]];
  onHover(id: string | null): void;
  onSelect(id: string | null): void;
}
