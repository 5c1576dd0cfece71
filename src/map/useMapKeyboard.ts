import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Story } from '../story/model';
import type { TimeWindow } from '../time/window';
import { formatEventTime } from '../time/format';
import { translatorFor, type Lang } from '../i18n';
import { keyboardOrder, stepOrder } from './keyboardOrder';
import { normalizeBounds } from './offscreen';

export interface MapKeyboardInput {
  readonly story: Story;
  readonly lang: Lang;
  readonly window: TimeWindow | null;
  readonly hiddenCategories: ReadonlySet<string>;
  readonly matches: ReadonlySet<string> | null;
  onHover(id: string | null): void;
  onSelect(id: string): void;
  /** Shows (or, with null, hides) the tooltip for the event reached by keyboard, at map pixels. */
  onPoint(point: { id: string; x: number; y: number } | null): void;
}

/** Shift + arrow pans by this many pixels; + and − zoom by one level. */
const PAN = 100;
const PAN_KEYS: Record<string, [number, number]> = { ArrowLeft: [-PAN, 0], ArrowRight: [PAN, 0], ArrowUp: [0, -PAN], ArrowDown: [0, PAN] };

/**
 * Keyboard access to the events on the map (maplibre's own keyboard handler is off):
 * arrows step through the events in view in date order, Enter or Space opens one,
 * Escape lets go; Shift + arrows pan and + / − zoom. Returns the sentence a live
 * region reads for the event reached.
 */
export function useMapKeyboard(map: MapLibreMap | null, input: MapKeyboardInput): string {
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });
  const active = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!map) return;
    const target = map.getCanvasContainer();
    // MapView renders the description under this id.
    map.getCanvas().setAttribute('aria-describedby', 'map-keys');
    const show = (id: string | null, count: number, index: number) => {
      const { story, lang, onHover, onPoint } = latest.current;
      const { t } = translatorFor(lang);
      active.current = id;
      onHover(id);
      const event = id ? story.byId.get(id) : undefined;
      if (!event?.place) {
        onPoint(null);
        setAnnouncement(count ? '' : t('map.noEventsInView'));
        return;
      }
      const { x, y } = map.project([event.place.lon, event.place.lat]);
      onPoint({ id: event.id, x, y });
      setAnnouncement(t('map.reached', { index: index + 1, count, title: event.title, date: formatEventTime(event.time, lang), place: event.place.name }));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.shiftKey && event.key in PAN_KEYS) {
        event.preventDefault();
        map.panBy(PAN_KEYS[event.key]);
        return;
      }
      if (event.key === '+' || event.key === '=' || event.key === '-') {
        event.preventDefault();
        map.zoomTo(map.getZoom() + (event.key === '-' ? -1 : 1));
        return;
      }
      if ((event.key === 'Enter' || event.key === ' ') && active.current) {
        event.preventDefault();
        latest.current.onSelect(active.current);
        return;
      }
      if (event.key === 'Escape' && active.current) {
        // Let go of the event first; a second Escape is the page's (it closes the detail).
        event.preventDefault();
        show(null, 1, 0);
        return;
      }
      const { story, window, hiddenCategories, matches } = latest.current;
      const b = map.getBounds();
      const order = keyboardOrder(
        story.placed,
        window,
        hiddenCategories,
        normalizeBounds({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }),
        matches,
      );
      const next = stepOrder(order, active.current, event.key);
      if (next === undefined) return;
      event.preventDefault();
      show(next, order.length, next === null ? 0 : order.indexOf(next));
    };
    const onBlur = () => {
      if (active.current) show(null, 1, 0);
    };
    target.addEventListener('keydown', onKeyDown);
    map.getCanvas().addEventListener('blur', onBlur);
    return () => {
      target.removeEventListener('keydown', onKeyDown);
      map.getCanvas().removeEventListener('blur', onBlur);
    };
  }, [map]);

  return announcement;
}
