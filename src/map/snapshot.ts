import { Map as MapLibreMap } from 'maplibre-gl';
import type { Size } from '../export/layout';
import { phrase, PhraseError } from '../i18n/phrase';

/** Slide pixels per map pixel: a slide is read from further away than a screen, so its labels are larger. */
const SLIDE_SCALE = 1.4;

/** Software WebGL takes seconds for a large canvas; past this, the export gives up with a message. */
const DRAW_TIMEOUT_MS = 30_000;

const EDGE = 'slide-edge';

/**
 * A row of invisible icons along the frame's edge, placed before every label: a label that
 * would run across the edge meets them and is left out, so the slide shows no cut-off names.
 */
function keepLabelsInside(map: MapLibreMap, width: number, height: number) {
  const corner = (x: number, y: number) => map.unproject([x, y]).toArray();
  map.addImage(EDGE, { width: 4, height: 4, data: new Uint8Array(4 * 4 * 4) });
  map.addSource(EDGE, {
    type: 'geojson',
    data: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: [corner(0, 0), corner(width, 0), corner(width, height), corner(0, height), corner(0, 0)] },
    },
  });
  map.addLayer({
    id: EDGE,
    type: 'symbol',
    source: EDGE,
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 4,
      'icon-image': EDGE,
      'icon-allow-overlap': true,
      'icon-padding': 0,
      'icon-rotation-alignment': 'viewport',
    },
  });
}

/** Draws the map afresh at `size` CSS pixels, for a slide: the same style, filters and view. */
export type MapSnapshot = (size: Size) => Promise<HTMLCanvasElement>;

/**
 * A second, offscreen map at the slide's size, rendered with one device pixel per slide pixel,
 * so labels are drawn sharp at their size rather than scaled up from the screen. It shows at least
 * what the screen shows, waits until every tile and label is drawn, and is copied and removed.
 */
export function snapshotOf(live: MapLibreMap, addImages: (map: MapLibreMap) => void): MapSnapshot {
  return async ({ width, height }) => {
    const doc = live.getContainer().ownerDocument;
    const holder = doc.createElement('div');
    holder.setAttribute('aria-hidden', 'true');
    const [cssWidth, cssHeight] = [width / SLIDE_SCALE, height / SLIDE_SCALE];
    Object.assign(holder.style, { position: 'fixed', left: '-20000px', top: '0', width: `${cssWidth}px`, height: `${cssHeight}px`, visibility: 'hidden' });
    doc.body.append(holder);
    const map = new MapLibreMap({
      container: holder,
      style: live.getStyle(),
      bounds: live.getBounds(),
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio: SLIDE_SCALE,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    try {
      addImages(map);
      await map.once('load');
      keepLabelsInside(map, cssWidth, cssHeight);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new PhraseError(phrase('export.drawTimeout'))), DRAW_TIMEOUT_MS);
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
