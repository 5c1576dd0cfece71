import { lazy, Suspense, useState } from 'react';
import type { MapViewProps } from '../map/MapView';
import { supportsWebGL } from '../map/webgl';
import type { BasemapData } from '../map/style';
import { say, type Phrase } from '../i18n/phrase';
import { useTranslator } from '../i18n/react';

// Each map comes in its own chunk, so the page, timeline and list show before maplibre has loaded.
const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })));
const StaticMap = lazy(() => import('../map/StaticMap').then((m) => ({ default: m.StaticMap })));

export interface StoryMapProps extends Omit<MapViewProps, 'basemap' | 'onError' | 'lang'> {
  basemap: BasemapData | null;
  basemapError: Phrase | null;
}

/**
 * The interactive map; a static d3-geo map of the same data where WebGL is missing
 * or the map fails to start; a status line while the basemap loads or if it failed.
 */
export function StoryMap({ basemap, basemapError, ...props }: StoryMapProps) {
  const { t, lang } = useTranslator();
  const [webgl] = useState(() => supportsWebGL());
  const [mapError, setMapError] = useState<string | null>(null);
  const status = (
    <p className="map-status" role="status">
      {basemapError ? say(t, basemapError) : t('app.loadingMap')}
    </p>
  );
  if (!basemap) return status;
  if (!webgl || mapError) {
    const { request, reducedMotion, onViewChange, cooperativeGestures, snapshot, ...shared } = props;
    return (
      <Suspense fallback={status}>
        <StaticMap {...shared} basemap={basemap} lang={lang} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={status}>
      {/* A new theme or language is a new map: its style and MapLibre's own words are set when it starts. */}
      <MapView key={`${props.theme.name} ${lang}`} basemap={basemap} onError={setMapError} lang={lang} {...props} />
    </Suspense>
  );
}
