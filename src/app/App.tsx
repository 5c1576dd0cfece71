import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isPlaced, type PlacedEvent } from '../story/model';
import type { BasemapData } from '../map/style';
import type { ViewRequest } from '../map/MapView';
import type { MapSnapshot } from '../map/snapshot';
import { OffscreenIndicators } from '../map/OffscreenIndicators';
import { inBounds, offscreenGroups, type Bounds, type OffscreenGroup } from '../map/offscreen';
import { DARK, LIGHT } from '../map/theme';
import { EVENT_ZOOM } from '../map/eventZoom';
import { Timeline } from '../timeline/Timeline';
import { EventDetail } from '../panel/EventDetail';
import { EventList } from '../panel/EventList';
import { CompactLegend, Legend } from '../panel/Legend';
import { useStore, type Store } from '../state/store';
import type { TimeWindow } from '../time/window';
import {
  selectFeaturedIds,
  selectKnownIds,
  selectRelationLines,
  selectSelectedEvent,
  selectShownStory,
  selectStyleById,
  selectStyles,
} from '../state/selectors';
import { useResults } from '../filter/useResults';
import { FilterPanel } from '../filter/FilterPanel';
import { FiltersRegion } from '../filter/FiltersRegion';
import * as act from '../state/actions';
import { syncUrl } from '../state/history';
import { stateToSearch, toUrlState } from '../state/url';
import { useTranslator } from '../i18n/react';
import type { Phrase } from '../i18n/phrase';
import { shortDay } from '../timeline/ticks';
import type { MapView as ViewState } from '../story/schema';
import { reportHeight } from '../embed/heightMessages';
import { Presenter } from '../present/Presenter';
import { useChapter } from '../present/useChapter';
import { StoryMap } from './StoryMap';
import { PartBoundary } from './PartBoundary';
import { UrlNotice } from './UrlNotice';
import { Masthead } from './Masthead';
import { exportInput } from './exportInput';
import { useMediaQuery } from './useMediaQuery';
import { Sheet } from './Sheet';
import { SkipLinks, type SkipTarget } from './SkipLinks';
import { useSheetFocus } from './useSheetFocus';
import type { PageOptions } from './pageOptions';

/** A view that shows an event and its surroundings: wider for a vaguer place. */
function viewOfEvent({ place }: PlacedEvent): ViewState {
  return { center: [place.lon, place.lat], zoom: EVENT_ZOOM[place.precision] };
}

export interface AppProps {
  store: Store;
  options: PageOptions;
  basemap: BasemapData | null;
  basemapError: Phrase | null;
}

export function App({ store, options, basemap, basemapError }: AppProps) {
  const story = useStore(store, selectShownStory);
  const window = useStore(store, (s) => s.window);
  const selectedId = useStore(store, (s) => s.selectedId);
  const hoveredId = useStore(store, (s) => s.hoveredId);
  const hiddenCategories = useStore(store, (s) => s.hiddenCategories);
  const presenting = useStore(store, (s) => s.presenting);
  const chapter = useStore(store, (s) => s.chapter);
  const { t, lang } = useTranslator();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const narrow = useMediaQuery('(max-width: 760px)');
  // The device, not only the width: a mouse in a narrow article column still gets lane labels.
  const coarse = useMediaQuery('(pointer: coarse)');
  const theme = (options.theme ?? (prefersDark ? 'dark' : 'light')) === 'dark' ? DARK : LIGHT;
  // In an embed or on a phone the event opens as a sheet over the map; a deck always fills the screen.
  const sheet = (narrow || options.embed) && !presenting;
  const sheetSide = !sheet ? null : narrow ? 'bottom' : 'right';
  const [initialView] = useState(() => {
    const { presenting: deck, chapter: opening, view, selectedId: linked } = store.getState();
    if (deck) return story.chapters[opening]?.view ?? null;
    if (view) return view;
    // A link to an event far from the home view opens on that event.
    const event = linked ? story.byId.get(linked) : undefined;
    const [[west, south], [east, north]] = story.home;
    return event && isPlaced(event) && !inBounds(event.place, { west, south, east, north }) ? viewOfEvent(event) : null;
  });
  const [request, setRequest] = useState<ViewRequest | null>(null);
  const [bounds, setBounds] = useState<Bounds | null>(null);
  const [selectedByReader, setSelectedByReader] = useState(false);

  const requestView = useCallback((r: Omit<ViewRequest, 'key'>) => setRequest((prev) => ({ ...r, key: (prev?.key ?? 0) + 1 })), []);

  useEffect(
    () =>
      syncUrl(store, selectKnownIds(store.getState()), (restored) => restored.view && requestView({ view: restored.view }), {
        newEntries: !options.embed,
      }),
    [store, story, requestView, options],
  );
  useEffect(() => {
    document.documentElement.dataset.theme = theme.name;
  }, [theme]);
  const page = useRef<HTMLDivElement>(null);
  const mapArea = useRef<HTMLDivElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const snapshot = useRef<MapSnapshot | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    // Leaving a presentation returns focus to the button that started it.
    if (wasPresenting.current && !presenting) presentButton.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  useEffect(() => (options.embed && page.current ? reportHeight(options.embedId, page.current) : undefined), [options]);
  useChapter(story, store, presenting, chapter, reducedMotion, requestView);

  const styles = useStore(store, selectStyles);
  const styleById = useStore(store, selectStyleById);
  const { visible, matches, categoryCounts: counts, facetCounts, shaded, offscreenPoints, terms } = useResults(store);
  const relationLines = useStore(store, selectRelationLines);
  const offscreen = useMemo(() => (bounds ? offscreenGroups(offscreenPoints, bounds) : []), [offscreenPoints, bounds]);
  const selected = useStore(store, selectSelectedEvent);
  const featuredIds = useStore(store, selectFeaturedIds);
  const chapterWindow = useMemo(() => {
    const current = presenting ? story.chapters[chapter] : undefined;
    return current ? { start: current.window.min, end: current.window.max } : null;
  }, [presenting, story, chapter]);
  useSheetFocus(sheetSide, selected, bounds, () => store.getState().view?.zoom, mapArea, requestView);

  const select = useCallback(
    (id: string | null) => {
      setSelectedByReader(true);
      store.update(act.select, id);
      const event = id ? story.byId.get(id) : undefined;
      if (event && isPlaced(event) && bounds && !inBounds(event.place, bounds)) requestView({ view: viewOfEvent(event) });
    },
    [store, story, bounds, requestView],
  );
  const hover = useCallback((id: string | null) => store.update(act.hover, id), [store]);
  const setWindow = useCallback((w: TimeWindow | null) => store.update(act.setWindow, w), [store]);
  const onViewChange = useCallback(
    (view: ViewState, b: Bounds) => {
      store.update(act.setView, view);
      setBounds(b);
    },
    [store],
  );
  const toggleCategory = (id: string) => store.update(act.toggleCategory, id);
  const reveal = (group: OffscreenGroup) => requestView({ bounds: group.bounds });
  const goToChapter = useCallback((i: number) => store.update(act.goToChapter, i), [store]);
  const startPresenting = () => {
    store.update(act.startPresenting);
    // Full screen needs a click; it may be refused inside an iframe, and the deck works without it.
    document.documentElement.requestFullscreen?.().catch(() => {});
  };
  const stopPresenting = () => {
    store.update(act.stopPresenting);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    // Without the card, the chapter's place goes back to the middle of the map.
    const current = story.chapters[store.getState().chapter];
    if (current) requestView({ view: current.view });
  };

  const detail = selected && !options.plain && !presenting && (
    <PartBoundary part="event" resetKey={selected.id}>
      <EventDetail
        story={story}
        event={selected}
        style={styleById.get(selected.category)}
        focusOnOpen={selectedByReader}
        onSelect={select}
        onClose={() => select(null)}
      />
    </PartBoundary>
  );
  const list = (
    <section className="list-section" aria-labelledby="list-heading">
      <h2 id="list-heading" tabIndex={-1} ref={listHeading}>
        {t('app.events')}
      </h2>
      <p className="count" aria-live="polite" aria-atomic="true">
        {t('app.count', { shown: visible.length, count: story.events.length })}
      </p>
      <PartBoundary part="list">
        <EventList events={visible} styles={styleById} selectedId={selectedId} terms={terms} filtered={matches !== null} onSelect={select} onHover={hover} />
      </PartBoundary>
    </section>
  );
  const mode = presenting ? 'presenting' : options.plain ? 'plain' : options.embed ? 'embed' : 'explore';
  const legend = (
    <FiltersRegion>
      <PartBoundary part="legend">
        {mode === 'explore' && <FilterPanel store={store} styles={styles} facetCounts={facetCounts} />}
        <Legend styles={styles} counts={counts} hidden={hiddenCategories} onToggle={toggleCategory} />
      </PartBoundary>
    </FiltersRegion>
  );
  // In an embed the list is folded away: open it first.
  const openList = () => {
    const folded = listHeading.current?.closest('details');
    if (folded) folded.open = true;
    return listHeading.current;
  };
  const skipTargets: SkipTarget[] = [
    { label: t('app.skipMap'), find: () => mapArea.current?.querySelector<HTMLElement>('canvas, [tabindex]') ?? null },
    { label: t('app.skipTimeline'), find: () => page.current?.querySelector<HTMLElement>('.timeline') ?? null },
    ...(mode === 'plain' ? [] : [{ label: t('app.skipList'), find: openList }]),
  ];

  return (
    <div ref={page} className={`app ${mode}${sheet ? ' sheet-layout' : ''}${coarse ? ' touch' : ''}`}>
      {mode !== 'presenting' && <SkipLinks targets={skipTargets} />}
      {mode !== 'plain' && mode !== 'presenting' && (
        <Masthead
          story={story}
          full={mode === 'explore'}
          lang={lang}
          onLang={(l) => store.update(act.setLang, l)}
          onPresent={startPresenting}
          presentRef={presentButton}
          // The embed code always carries the language it was made in: the article around it is in that language.
          getSearch={() => stateToSearch({ ...toUrlState(store.getState()), lang: store.getState().lang }, '')}
          // The story as stored, with its translations, rather than as shown in one language.
          getSelection={() => ({ story: store.getState().story, events: visible })}
          getExportInput={() => exportInput(page.current, { story, styles, window, shownCount: visible.length, selectedId, renderMap: snapshot.current, lang })}
        />
      )}

      {mode === 'explore' && <UrlNotice known={selectKnownIds(store.getState())} />}
      <main className="content">
        <div className="stage">
          {(mode === 'plain' || mode === 'presenting') && <h1 className="visually-hidden">{story.title}</h1>}
          <div className="map-area" ref={mapArea}>
            <PartBoundary part="map">
              <StoryMap
                story={story}
                styles={styles}
                basemap={basemap}
                basemapError={basemapError}
                theme={theme}
                window={window}
                hiddenCategories={hiddenCategories}
                matches={matches}
                selectedId={selectedId}
                hoveredId={hoveredId}
                featuredIds={featuredIds}
                shadedCountries={shaded}
                relationLines={relationLines}
                initialView={initialView ?? story.home}
                request={request}
                reducedMotion={reducedMotion}
                cooperativeGestures={options.embed || (sheet && coarse)}
                onHover={hover}
                onSelect={select}
                onViewChange={onViewChange}
                snapshot={snapshot}
              />
            </PartBoundary>
            <OffscreenIndicators groups={offscreen} story={story} onReveal={reveal} />
            {presenting && <Presenter story={story} chapter={chapter} onGo={goToChapter} onSelect={select} onExit={stopPresenting} />}
            {sheetSide && detail && (
              <Sheet key={selected?.id} side={sheetSide}>
                {detail}
              </Sheet>
            )}
          </div>

          {mode === 'explore' && !sheet && (
            <aside className="sidebar" aria-label={t('app.sidebar')}>
              {detail}
              {legend}
              {list}
            </aside>
          )}
        </div>

        {mode === 'embed' && <CompactLegend styles={styles} hidden={hiddenCategories} />}
        <PartBoundary part="timeline">
          <Timeline
            story={story}
            styles={styles}
            window={window}
            hiddenCategories={hiddenCategories}
            matches={matches}
            selectedId={selectedId}
            hoveredId={hoveredId}
            reducedMotion={reducedMotion}
            touch={coarse}
            projector={presenting}
            focus={chapterWindow}
            onWindowChange={setWindow}
            onSelect={select}
            onHover={hover}
          />
        </PartBoundary>
      </main>

      {(mode === 'embed' || (mode === 'explore' && sheet)) && (
        <details className="more" open={mode === 'explore'}>
          <summary>{t('app.eventsAndCategories')}</summary>
          {legend}
          {list}
        </details>
      )}

      {mode !== 'plain' && (
        <footer className="credits">
          <p>
            {story.article && `${t('app.source', { title: story.article.title, publisher: story.article.publisher })} `}
            {story.credits} {story.updated && t('app.updated', { date: shortDay(new Date(Date.parse(story.updated)), lang) })}
          </p>
        </footer>
      )}
    </div>
  );
}
