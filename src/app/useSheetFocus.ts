import { useEffect, useRef, type RefObject } from 'react';
import type { StoryEvent } from '../story/model';
import type { ViewRequest } from '../map/MapView';
import { inBounds, type Bounds } from '../map/offscreen';
import { uncoveredBounds, uncoveredCentre, type SheetSide } from './clearOfSheet';

/**
 * When an event opens as a sheet (picked, or from a link once the map is up), moves the
 * map, keeping its zoom, if the event's symbol would be under the sheet, so it shows in
 * the part above or beside it.
 */
export function useSheetFocus(
  side: SheetSide | null,
  selected: StoryEvent | undefined,
  bounds: Bounds | null,
  getZoom: () => number | undefined,
  mapArea: RefObject<HTMLElement | null>,
  requestView: (r: Omit<ViewRequest, 'key'>) => void,
) {
  const mapReady = bounds !== null;
  const latest = useRef({ bounds, getZoom, requestView });
  useEffect(() => {
    latest.current = { bounds, getZoom, requestView };
  });
  useEffect(() => {
    const { bounds: view, getZoom: zoomNow, requestView: move } = latest.current;
    const box = mapArea.current;
    const place = selected?.place;
    if (!side || !place || !view || !box) return;
    if (inBounds(place, uncoveredBounds(view, side))) return;
    move({
      view: { center: [place.lon, place.lat], zoom: zoomNow() ?? 5 },
      offset: uncoveredCentre(side, { width: box.clientWidth, height: box.clientHeight }),
    });
  }, [side, selected, mapReady, mapArea]);
}
