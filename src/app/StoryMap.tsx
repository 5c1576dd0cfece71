import { useState } from 'react';
import { MapView, type MapViewProps } from '../map/MapView';
import type { BasemapData } from '../map/style';

export interface StoryMapProps extends Omit<MapViewProps, 'basemap' | 'onError'> {
  basemap: BasemapData | null;
  basemapError: string | null;
}

/** The interactive map once the basemap is in, or a status line while it loads or if it failed. */
export function StoryMap({ basemap, basemapError, ...props }: StoryMapProps) {
  const [mapError, setMapError] = useState<string | null>(null);
  if (basemap && !mapError) return <MapView key={props.theme.name} basemap={basemap} onError={setMapError} {...props} />;
  return (
    <p className="map-status" role="status">
      {basemapError ?? mapError ?? 'Loading the map…'}
    </p>
  );
}
