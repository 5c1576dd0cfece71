import { lazy, Suspense, useRef, useState } from 'react';
import type { MapViewProps } from '../map/MapView';
import { supportsWebGL } from '../map/webgl';
import type { BasemapData } from '../map/style';
import type { MapView as ViewState } from '../story/schema';
import { say, type Phrase } from '../i18n/phrase';
import { useTranslator } from '../i18n/react';
import { PartBoundary } from './PartBoundary';

// Each map comes in its own chunk, so the page, timeline and list show before maplibre has loaded.
const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })));
const StaticMap = lazy(() => import('../map/StaticMap').then((m) => ({ default: m.StaticMap })));

export interface StoryMapProps extends Omit<MapViewProps, 'basemap' | 'onError' | 'onContextLoss' | 'lang'> {
  basemap: BasemapData | null;
  basemapError: Phrase | null;
}

/**
 * The interactive map; a static d3-geo map of the same data where WebGL is missing, where the
 * map fails, or while the device has taken its WebGL context away; a status line while the
 * basemap loads or if it failed.
 */
export function StoryMap({ basemap, basemapError, ...props }: StoryMapProps) {
  const { t, lang } = useTranslator();
  const [webgl] = useState(() => supportsWebGL());
  const [mapError, setMapError] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  // Where the reader left the interactive map, so the static one opens on the same view.
  const lastView = useRef<ViewState | null>(null);
  const [leftAt, setLeftAt] = useState<ViewState | null>(null);
  const fail = (message: string) => {
    setLeftAt(lastView.current);
    setMapError(message);
  };
  const loseContext = (lost: boolean) => {
    if (lost) setLeftAt(lastView.current);
    setContextLost(lost);
  };
  const status = (
    <p className="map-status" role="status">
      {basemapError ? say(t, basemapError) : t('app.loadingMap')}
    </p>
  );
  if (!basemap) return status;
  const { request, reducedMotion, onViewChange, cooperativeGestures, snapshot, ...shared } = props;
  const staticMap = (note?: string) => (
    <Suspense fallback={status}>
      <StaticMap {...shared} initialView={leftAt ?? shared.initialView} basemap={basemap} lang={lang} note={note} />
    </Suspense>
  );
  if (!webgl) return staticMap();
  if (mapError) return staticMap(t('harden.mapFailed'));
  return (
    <>
      {/* No wrapper: the map frame stays a child of the map area, as its neighbours (the edge indicators) expect. */}
      <PartBoundary part="map" onError={(e) => fail(e.message)}>
        <Suspense fallback={status}>
          {/* A new theme or language is a new map: its style and MapLibre's own words are set when it starts. */}
          <MapView
            key={`${props.theme.name} ${lang}`}
            basemap={basemap}
            onError={fail}
            onContextLoss={loseContext}
            lang={lang}
            {...props}
            onViewChange={(view, bounds) => {
              lastView.current = view;
              onViewChange(view, bounds);
            }}
          />
        </Suspense>
      </PartBoundary>
      {contextLost && <div className="map-standin">{staticMap(t('harden.contextLost'))}</div>}
    </>
  );
}
