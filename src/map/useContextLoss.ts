import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map while its WebGL context is alive, null while it is lost. A lost context takes the
 * style with it, so every effect that pushes props into the map waits on this value and pushes
 * them again when maplibre has restored the context and its style.
 */
export function useContextLoss(map: MapLibreMap | null, onChange: (lost: boolean) => void): MapLibreMap | null {
  const [lost, setLost] = useState(false);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (!map) return;
    const change = (to: boolean) => () => {
      setLost(to);
      latest.current(to);
    };
    const onLost = change(true);
    const onRestored = change(false);
    map.on('webglcontextlost', onLost);
    map.on('webglcontextrestored', onRestored);
    return () => {
      map.off('webglcontextlost', onLost);
      map.off('webglcontextrestored', onRestored);
    };
  }, [map]);
  return lost ? null : map;
}
