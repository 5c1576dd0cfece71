import { Map as MapLibreMap } from 'maplibre-gl';
import type { Size } from '../export/layout';

/** Software WebGL takes seconds for a large canvas; past this, the export gives up with a message. */
const DRAW_TIMEOUT_MS = 30_000;

/** Draws the map afresh at `size` CSS pixels, for a slide: the same style, filters and view. */
export type MapSnapshot = (size: Size) => Promise<HTMLCanvasElement>;

/**
 * A second, offscreen map at the slide's size, rendered at one device pixel per slide pixel,
 * so labels are drawn at their size rather than scaled up from the screen. It shows at least
 * what the screen shows, waits until every tile and label is drawn, and is copied and removed.
 */
export function snapshotOf(live: MapLibreMap, addImages: (map: MapLibreMap) => void): MapSnapshot {
  return async ({ width, height }) => {
    const doc = live.getContainer().ownerDocument;
    const holder = doc.createElement('div');
    holder.setAttribute('aria-hidden', 'true');
    Object.assign(holder.style, { position: 'fixed', left: '-20000px', top: '0', width: `${width}px`, height: `${height}px`, visibility: 'hidden' });
    doc.body.append(holder);
    const map = new MapLibreMap({
      container: holder,
      style: live.getStyle(),
      bounds: live.getBounds(),
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio: 1,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    try {
      addImages(map);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the map took too long to draw')), DRAW_TIMEOUT_MS);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const copy = doc.createElement('canvas');
      copy.width = width;
      copy.height = height;
      copy.getContext('2d')?.drawImage(map.getCanvas(), 0, 0, width, height);
      return copy;
    } finally {
      map.remove();
      holder.remove();
    }
  };
}
