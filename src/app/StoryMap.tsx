import { lazy, Suspense, useState } from 'react';
import type { MapViewProps } from '../map/MapView';
import { supportsWebGL } from '../map/webgl';
import type { BasemapData } from '../map/style';

// Each map comes in its own chunk, so the page, timeline and list show before maplibre has loaded.
const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })));
const StaticMap = lazy(() => import('../map/StaticMap').then((m) => ({ default: m.StaticMap })));

export interface StoryMapProps extends Omit<MapViewProps, 'basemap' | 'onError'> {
  basemap: BasemapData | null;
  basemapError: string | null;
}

/**
 * The interactive map; a static d3-geo map of the same data where WebGL is missing
 * or the map fails to start; a status line while the basemap loads or if it failed.
 */
export function StoryMap({ basemap, basemapError, ...props }: StoryMapProps) {
  const [webgl] = useState(() => supportsWebGL());
  const [mapError, setMapError] = useState<string | null>(null);
  const status = (
    <p className="map-status" role="status">
      {basemapError ?? 'Loading the map…'}
    </p>
  );
  if (!basemap) return status;
  if (!webgl || mapError) {
    const { request, reducedMotion, onViewChange, cooperativeGestures, snapshot, ...shared } = props;
    return (
      <Suspense fallback={status}>
        <StaticMap {...shared} basemap={basemap} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={status}>
      <MapView key={props.theme.name} basemap={basemap} onError={setMapError} {...props} />
    </Suspense>
  );
}
