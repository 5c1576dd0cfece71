import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapView as ViewState } from '../story/schema';
import { markerImages, PIXEL_RATIO } from './icons';
import { CITY_DOT, cityDotImage } from './cityDot';
import { BASEMAP } from './basemapLook';
import { snapshotOf, type MapSnapshot } from './snapshot';
import { ringOffsets } from './offsets';
import { countryLabelPoints, eventFeatures, mapPlace, offsetSlots, relationFeatures } from './features';
import { buildStyle, COUNTRY_AREA_LAYERS, countryFilter, inWindowFilter, INTERACTIVE_LAYERS, LAYER, outOfWindowFilter, relationFilter } from './style';
import { clusterHaloFilter, fadedHaloFilter } from './eventLayers';
import { initialClusters, useClusters } from './useClusters';
import { featureIds, symbolItems, type SymbolItem } from './symbolItems';
import { MapSymbols } from './MapSymbols';
import { MapTooltip, type Hovered } from './MapTooltip';
import { normalizeBounds, type Bounds } from './offscreen';
import type { StoryMapLayerProps } from './mapProps';
import { useMapKeyboard } from './useMapKeyboard';
import { isDense } from './denseEvents';
import { useDenseEvents, type DenseHitTest } from './useDenseEvents';
import { useContextLoss } from './useContextLoss';
import { mapLocale } from './mapLocale';
import { translatorFor } from '../i18n';

setWorkerUrl(workerUrl);

/** A move the app asks the map to make; `key` changes for every new request. */
export interface ViewRequest {
  readonly key: number;
  readonly view?: ViewState;
  readonly bounds?: LngLatBoundsLike;
  /** Where the view's centre should land, in pixels from the map's centre: clear of a presenter's card. */
  readonly offset?: readonly [number, number];
}

export interface MapViewProps extends StoryMapLayerProps {
  request: ViewRequest | null;
  reducedMotion: boolean;
  /** One finger scrolls the page and two move the map; a plain wheel scrolls, Ctrl/⌘ + wheel zooms. For a map inside an article. */
  cooperativeGestures: boolean;
  onViewChange(view: ViewState, bounds: Bounds): void;
  /** Set to a function that draws the map afresh at a given size, once the map has loaded: the slide export's. */
  snapshot?: RefObject<MapSnapshot | null>;
  onError(message: string): void;
  /** Told when the WebGL context is lost (true) and when maplibre has restored it (false). */
  onContextLoss(lost: boolean): void;
}

const frameOf = (map: MapLibreMap) => ({ width: map.getContainer().clientWidth, height: map.getContainer().clientHeight });

/** Events under the pointer, nearest first, at most one per event id. */
function eventsAt(map: MapLibreMap, x: number, y: number): string[] {
  const pad = 6;
  const features: MapGeoJSONFeature[] = map.queryRenderedFeatures(
    [
      [x - pad, y - pad],
      [x + pad, y + pad],
    ],
    { layers: INTERACTIVE_LAYERS },
  );
  // The in-window layers are drawn on top, so their features come first.
  return [...new Set(features.flatMap(featureIds))];
}

/** The symbols drawn now, clusters and events, as the keyboard reaches them. */
function drawnSymbols(map: MapLibreMap, story: MapViewProps['story'], lang: MapViewProps['lang']): SymbolItem[] {
  const layers = [LAYER.clusters, LAYER.clusterEvents, LAYER.events].filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
  const features = map.queryRenderedFeatures({ layers });
  return symbolItems(features, (lngLat) => map.project(lngLat), story, lang);
}

/**
 * The one owner of the MapLibre instance. It is created on mount and removed on
 * unmount; props are pushed into it by compare-and-set in separate effects, so a
 * moving time window only swaps layer filters.
 */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [loaded, setMap] = useState<MapLibreMap | null>(null);
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [symbols, setSymbols] = useState<readonly SymbolItem[]>([]);
  // The cluster button whose list is open, to take focus back when the list closes.
  const opener = useRef<HTMLButtonElement | null>(null);
  const labels = useMemo(() => countryLabelPoints(props.basemap.places, props.lang), [props.basemap, props.lang]);
  // Listeners are bound once and read the latest props from here.
  const latest = useRef(props);
  const denseHits = useRef<DenseHitTest>(null);
  useEffect(() => {
    latest.current = props;
  });
  // Null while the WebGL context is lost: the effects below push their props again once it is back.
  const map = useContextLoss(loaded, (lost) => latest.current.onContextLoss(lost));

  // Create and destroy the map.
  useEffect(() => {
    const { story, styles, basemap, theme, window, hiddenCategories, matches, initialView, cooperativeGestures } = latest.current;
    const labelPoints = countryLabelPoints(basemap.places, latest.current.lang);
    // A large story's events are drawn by useDenseEvents' layer, not by these sources.
    const placed = isDense(story.placed.length) ? [] : story.placed;
    const offsets = ringOffsets(placed.map((e) => ({ id: e.id, place: mapPlace(e, labelPoints) })));
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container: container.current as HTMLDivElement,
        style: buildStyle({
          basemap,
          events: eventFeatures(placed, offsets, labelPoints),
          clusters: initialClusters(story, window, hiddenCategories, labelPoints, matches),
          offsetTable: offsetSlots(offsets).table,
          theme,
          window,
          hiddenCategories,
          matches,
          lang: latest.current.lang,
        }),
        ...(Array.isArray(initialView) ? { bounds: initialView, fitBoundsOptions: { padding: 20 } } : { center: initialView.center, zoom: initialView.zoom }),
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        // useMapKeyboard gives the arrows to the events; it pans with Shift + arrows instead.
        keyboard: false,
        cooperativeGestures,
        locale: mapLocale(latest.current.lang),
        maxZoom: 11,
        fadeDuration: 0,
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch (error) {
      latest.current.onError((error as Error).message);
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    const images = markerImages(document, styles, { outline: theme.markerOutline, hollow: theme.land });
    const addImages = (m: MapLibreMap) => images.forEach(({ name, image }) => m.addImage(name, image, { pixelRatio: PIXEL_RATIO }));
    addImages(instance);
    instance.addImage(CITY_DOT, cityDotImage(theme.cityDot, BASEMAP.cityDotRadius, 2), { pixelRatio: 2 });

    const report = () => {
      const c = instance.getCenter();
      const b = instance.getBounds();
      latest.current.onViewChange(
        { center: [c.lng, c.lat], zoom: instance.getZoom() },
        normalizeBounds({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }),
      );
    };
    instance.on('load', () => {
      setMap(instance);
      report();
      if (latest.current.snapshot) latest.current.snapshot.current = snapshotOf(instance, addImages);
    });
    const hitsAt = (x: number, y: number) => (denseHits.current ?? eventsAt)(instance, x, y);
    instance.on('moveend', report);
    instance.on('idle', () => setSymbols(drawnSymbols(instance, latest.current.story, latest.current.lang)));
    instance.on('error', (e) => console.warn('map:', e.error?.message));
    instance.on('mousemove', (e) => {
      const ids = hitsAt(e.point.x, e.point.y);
      instance.getCanvas().style.cursor = ids.length ? 'pointer' : '';
      // A pinned chooser stays until the reader picks, closes it or clicks elsewhere.
      setHovered((prev) => (prev?.pinned ? prev : ids.length ? { ids, x: e.point.x, y: e.point.y, frame: frameOf(instance) } : null));
      const id = ids[0] ?? null;
      if (id !== latest.current.hoveredId) latest.current.onHover(id);
    });
    instance.on('mouseout', () => {
      setHovered((prev) => (prev?.pinned ? prev : null));
      if (latest.current.hoveredId) latest.current.onHover(null);
    });
    instance.on('click', (e) => {
      const ids = hitsAt(e.point.x, e.point.y);
      if (ids.length > 1) setHovered({ ids, x: e.point.x, y: e.point.y, frame: frameOf(instance), pinned: true });
      else {
        setHovered(null);
        latest.current.onSelect(ids[0] ?? null);
      }
    });
    return () => {
      setMap(null);
      if (latest.current.snapshot) latest.current.snapshot.current = null;
      instance.remove();
    };
  }, []);

  const { window, hiddenCategories, matches, selectedId, hoveredId, featuredIds, shadedCountries, relationLines, request, reducedMotion, cooperativeGestures } =
    props;

  const announcement = useMapKeyboard(map, {
    story: props.story,
    lang: props.lang,
    window,
    hiddenCategories,
    matches,
    onHover: (id) => latest.current.onHover(id),
    onSelect: (id) => latest.current.onSelect(id),
    onPoint: (p) => setHovered(p && map ? { ids: [p.id], x: p.x, y: p.y, frame: frameOf(map) } : null),
  });

  useEffect(() => {
    if (!map || map.cooperativeGestures.isEnabled() === cooperativeGestures) return;
    if (cooperativeGestures) map.cooperativeGestures.enable();
    else map.cooperativeGestures.disable();
  }, [map, cooperativeGestures]);

  const dense = isDense(props.story.placed.length);
  const hasRelations = relationLines.length > 0;
  useEffect(() => {
    if (!map) return;
    // Every setFilter reloads its source: the empty ones are left alone at each scrub step.
    if (!dense) {
      // Built and checked here (tests/unit/map/style.test.ts); validating a match over 100,000 ids would cost the main thread seconds.
      map.setFilter(LAYER.events, inWindowFilter(window, hiddenCategories, matches), { validate: false });
      map.setFilter(LAYER.faded, outOfWindowFilter(window, hiddenCategories, matches), { validate: false });
    }
    if (hasRelations) {
      map.setFilter(LAYER.relations, relationFilter(window, hiddenCategories));
      map.setFilter(LAYER.relationLabels, relationFilter(window, hiddenCategories));
    }
  }, [map, window, hiddenCategories, matches, dense, hasRelations]);

  useClusters(map, props.story, window, hiddenCategories, labels, matches);
  const haloIds = useMemo(() => [selectedId, hoveredId, ...featuredIds].filter((id): id is string => id !== null), [selectedId, hoveredId, featuredIds]);
  const denseHitTest = useDenseEvents(map, {
    story: props.story,
    labels,
    styles: props.styles,
    theme: props.theme,
    window,
    hiddenCategories,
    matches,
    haloIds,
  });
  useEffect(() => {
    denseHits.current = denseHitTest;
  }, [denseHitTest]);

  useEffect(() => {
    if (dense) return;
    // Not narrowed by the matches: hover changes often, and a match over every id would be sent each time.
    map?.setFilter(LAYER.halo, fadedHaloFilter(haloIds, window, hiddenCategories));
    map?.setFilter(LAYER.clusterHalo, clusterHaloFilter(haloIds));
  }, [map, haloIds, window, hiddenCategories, dense]);

  // By content: a scrub step hands a new array of mostly the same countries, and a filter change re-tiles the basemap.
  const shadedKey = shadedCountries.join(',');
  useEffect(() => {
    const codes = shadedKey ? shadedKey.split(',') : [];
    for (const layer of COUNTRY_AREA_LAYERS) map?.setFilter(layer, countryFilter(codes));
  }, [map, shadedKey]);

  useEffect(() => {
    (map?.getSource('relations') as GeoJSONSource | undefined)?.setData(relationFeatures(relationLines));
  }, [map, relationLines]);

  const moved = useRef<number | null>(null);
  useEffect(() => {
    // A restored context brings the map back, not the last move.
    if (!map || !request || moved.current === request.key) return;
    moved.current = request.key;
    const duration = reducedMotion ? 0 : 1200;
    if (request.bounds) map.fitBounds(request.bounds, { padding: 60, duration, maxZoom: 9 });
    else if (request.view)
      map.flyTo({
        center: request.view.center,
        zoom: request.view.zoom,
        duration,
        essential: false,
        offset: [...(request.offset ?? [0, 0])],
      });
    // Only a new request moves the map; reducedMotion changing must not replay one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, request]);

  const { t } = translatorFor(props.lang);
  return (
    <div className="map-frame" role="region" aria-label={t('map.label')} aria-busy={map === null}>
      <div className="map" ref={container} />
      <p id="map-keys" className="visually-hidden">
        {t('map.keys')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <MapSymbols
        items={symbols}
        onOpen={(item, element) => {
          if (item.ids.length === 1) return props.onSelect(item.ids[0]);
          opener.current = element;
          setHovered({
            ids: item.ids,
            x: item.x,
            y: item.y,
            frame: { width: element.offsetParent?.clientWidth ?? 0, height: element.offsetParent?.clientHeight ?? 0 },
            pinned: true,
          });
        }}
      />
      {hovered && (
        <MapTooltip
          hovered={hovered}
          story={props.story}
          onSelect={(id) => {
            setHovered(null);
            props.onSelect(id);
          }}
          onClose={() => {
            setHovered(null);
            opener.current?.focus();
            opener.current = null;
          }}
        />
      )}
    </div>
  );
}
