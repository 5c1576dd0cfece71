import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Story } from '../story/model';
import type { BasemapData } from '../map/style';
import { MapView, type ViewRequest } from '../map/MapView';
import { OffscreenIndicators } from '../map/OffscreenIndicators';
import { inBounds, offscreenGroups, type Bounds, type OffscreenGroup } from '../map/offscreen';
import { categoryStyles } from '../map/palette';
import { LIGHT } from '../map/theme';
import { Timeline } from '../timeline/Timeline';
import { EventDetail } from '../panel/EventDetail';
import { EventList } from '../panel/EventList';
import { Legend } from '../panel/Legend';
import { plural } from '../panel/words';
import { useStore, type Store } from '../state/store';
import { visibleEvents, type TimeWindow } from '../state/filter';
import { countByCategory, selectedRelationLines, shadedCountries } from '../state/selectors';
import { syncUrl } from '../state/history';
import type { MapView as ViewState } from '../story/schema';
import { useMediaQuery } from './useMediaQuery';

/** The Netherlands and its neighbours, with London and Dresden. */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [-0.9, 49.2],
  [14.2, 54.2],
];

export interface AppProps {
  story: Story;
  store: Store;
  basemap: BasemapData | null;
  basemapError: string | null;
}

export function App({ story, store, basemap, basemapError }: AppProps) {
  const window = useStore(store, (s) => s.window);
  const selectedId = useStore(store, (s) => s.selectedId);
  const hoveredId = useStore(store, (s) => s.hoveredId);
  const hiddenCategories = useStore(store, (s) => s.hiddenCategories);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const [initialView] = useState(() => store.getState().view);
  const [request, setRequest] = useState<ViewRequest | null>(null);
  const [bounds, setBounds] = useState<Bounds | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);

  const requestView = useCallback((r: Omit<ViewRequest, 'key'>) => setRequest((prev) => ({ ...r, key: (prev?.key ?? 0) + 1 })), []);

  useEffect(
    () =>
      syncUrl(store, { events: new Set(story.byId.keys()), categories: new Set(story.categories.map((c) => c.id)) }, (restored) => {
        if (restored.view) requestView({ view: restored.view });
      }),
    [store, story, requestView],
  );

  const styles = useMemo(() => categoryStyles(story.categories), [story]);
  const styleById = useMemo(() => new Map(styles.map((s) => [s.id, s])), [styles]);
  const filters = useMemo(() => ({ hiddenCategories }), [hiddenCategories]);
  const visible = useMemo(() => visibleEvents(story.events, window, filters), [story, window, filters]);
  const counts = useMemo(() => countByCategory(story, window), [story, window]);
  const shaded = useMemo(() => shadedCountries(story, window, filters, selectedId), [story, window, filters, selectedId]);
  const relationLines = useMemo(() => selectedRelationLines(story, selectedId), [story, selectedId]);
  const offscreen = useMemo(
    () => (bounds ? offscreenGroups(visible.map((e) => ({ id: e.id, lon: e.place.lon, lat: e.place.lat })), bounds) : []),
    [visible, bounds],
  );
  const selected = selectedId ? story.byId.get(selectedId) : undefined;

  const select = useCallback(
    (id: string | null) => {
      store.setState({ selectedId: id });
      const event = id ? story.byId.get(id) : undefined;
      const view = store.getState().view;
      if (event && bounds && !inBounds(event.place, bounds)) {
        requestView({ view: { center: [event.place.lon, event.place.lat], zoom: Math.min(view?.zoom ?? 5, event.place.precision === 'country' ? 4 : 6) } });
      }
    },
    [store, story, bounds, requestView],
  );
  const hover = useCallback((id: string | null) => store.setState({ hoveredId: id }), [store]);
  const setWindow = useCallback((w: TimeWindow | null) => store.setState({ window: w }), [store]);
  const onViewChange = useCallback((view: ViewState, b: Bounds) => {
    store.setState({ view });
    setBounds(b);
  }, [store]);
  const toggleCategory = (id: string) => {
    const next = new Set(hiddenCategories);
    if (!next.delete(id)) next.add(id);
    store.setState({ hiddenCategories: next });
  };
  const reveal = (group: OffscreenGroup) => requestView({ bounds: group.bounds });

  return (
    <div className="app">
      <header className="masthead">
        <h1>{story.title}</h1>
        <p className="standfirst">{story.standfirst}</p>
      </header>

      <main className="stage">
        <div className="map-area">
          {basemap && !mapError ? (
            <MapView
              story={story}
              styles={styles}
              basemap={basemap}
              theme={LIGHT}
              window={window}
              hiddenCategories={hiddenCategories}
              selectedId={selectedId}
              hoveredId={hoveredId}
              shadedCountries={shaded}
              relationLines={relationLines}
              initialView={initialView ?? HOME_BOUNDS}
              request={request}
              reducedMotion={reducedMotion}
              onHover={hover}
              onSelect={select}
              onViewChange={onViewChange}
              onError={setMapError}
            />
          ) : (
            <p className="map-status" role="status">
              {basemapError ?? mapError ?? 'Loading the map…'}
            </p>
          )}
          <OffscreenIndicators groups={offscreen} story={story} onReveal={reveal} />
        </div>

        <aside className="sidebar" aria-label="Event details and list">
          <Legend styles={styles} counts={counts} hidden={hiddenCategories} onToggle={toggleCategory} />
          {selected && <EventDetail story={story} event={selected} style={styleById.get(selected.category)} onSelect={select} onClose={() => select(null)} />}
          <section className="list-section" aria-labelledby="list-heading">
            <h2 id="list-heading">Events</h2>
            <p className="count" aria-live="polite" aria-atomic="true">
              {visible.length} of {plural(story.events.length, 'event')}
            </p>
            <EventList events={visible} styles={styleById} selectedId={selectedId} onSelect={select} onHover={hover} />
          </section>
        </aside>
      </main>

      <Timeline
        story={story}
        styles={styles}
        window={window}
        hiddenCategories={hiddenCategories}
        selectedId={selectedId}
        hoveredId={hoveredId}
        reducedMotion={reducedMotion}
        onWindowChange={setWindow}
        onSelect={select}
        onHover={hover}
      />

      <footer className="credits">
        <p>
          Source: “{story.article.title}”, {story.article.publisher}. {story.credits} Updated {story.updated}.
        </p>
      </footer>
    </div>
  );
}
