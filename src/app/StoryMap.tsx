import { useState } from 'react';
import { MapView, type MapViewProps } from '../map/MapView';
import { StaticMap } from '../map/StaticMap';
import { supportsWebGL } from '../map/webgl';
import type { BasemapData } from '../map/style';

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
  if (!basemap) {
    return (
      <p className="map-status" role="status">
        {basemapError ?? 'Loading the map…'}
      </p>
    );
  }
  if (!webgl || mapError) {
    const { story, styles, theme, window, hiddenCategories, selectedId, hoveredId, shadedCountries, relationLines, initialView, onHover, onSelect } = props;
    return (
      <StaticMap
        {...{ story, styles, theme, window, hiddenCategories, selectedId, hoveredId, shadedCountries, relationLines, initialView, onHover, onSelect }}
        basemap={basemap}
      />
    );
  }
  return <MapView key={props.theme.name} basemap={basemap} onError={setMapError} {...props} />;
}
