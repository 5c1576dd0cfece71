import type { Bounds } from '../map/offscreen';

/** Where the event sheet sits over the map: along the bottom on phones, on the right in wide embeds. */
export type SheetSide = 'bottom' | 'right';

/** The share of the map a sheet covers at most (see .sheet in app.css). */
export const SHEET_COVER = 0.5;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/**
 * The part of the view the sheet leaves uncovered, less a margin on every side so a symbol
 * there is not half under an edge. Latitudes are cut in Web Mercator, as the map draws them.
 */
export function uncoveredBounds(view: Bounds, side: SheetSide, cover = SHEET_COVER, margin = 0.08): Bounds {
  const [south, north] = [mercatorY(view.south), mercatorY(view.north)];
  const width = (((view.east - view.west) % 360) + 360) % 360 || 360;
  const height = north - south;
  const visibleWidth = side === 'right' ? width * (1 - cover) : width;
  const visibleSouth = side === 'bottom' ? south + height * cover : south;
  const visibleHeight = north - visibleSouth;
  return {
    west: view.west + visibleWidth * margin,
    east: view.west + visibleWidth * (1 - margin),
    south: latitudeOf(visibleSouth + visibleHeight * margin),
    north: latitudeOf(north - visibleHeight * margin),
  };
}

/** The offset (pixels from the map's centre) that puts a point in the middle of the uncovered part. */
export function uncoveredCentre(side: SheetSide, size: { readonly width: number; readonly height: number }, cover = SHEET_COVER): [number, number] {
  return side === 'bottom' ? [0, -(size.height * cover) / 2] : [-(size.width * cover) / 2, 0];
}
