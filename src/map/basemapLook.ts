/**
 * How the basemap is drawn, read by both maps: MapLibre's style (basemapStyle.ts) and the
 * static SVG map (staticLayers.tsx). Sizes are CSS pixels; a pair of stops is MapLibre's
 * ["interpolate", ["linear"], ["zoom"], z0, v0, z1, v1], held flat outside.
 * When each label, lake and river appears is in the data: its `minzoom`, from Natural
 * Earth (see geodata/basemap/). MapLibre reads a filter at the tile's whole zoom.
 */
export type ZoomStops = readonly [readonly [zoom: number, value: number], readonly [zoom: number, value: number]];

export const BASEMAP = {
  /** From this zoom the detailed Europe replaces the coarse world inside the detail box. */
  detailZoom: 3.5,
  borderWidth: [
    [2, 0.4],
    [8, 1.2],
  ],
  riverWidth: [
    [5, 0.6],
    [9, 1.8],
  ],
  cityTextSize: [
    [3, 11],
    [9, 14],
  ],
  countryTextSize: [
    [2, 10],
    [6, 13],
  ],
  /** Country names give way to the cities from here. */
  countryMaxZoom: 8,
  /** Capitals spaced apart, in em. */
  countryLetterSpacing: 0.12,
  /** Country names wrap at about this many characters. */
  countryWrapChars: 10,
  cityDotRadius: 2.5,
  /** A city's name starts this far from its dot, in em. */
  cityLabelGap: 0.6,
  labelHaloWidth: 1.5,
} as const satisfies Record<string, number | ZoomStops>;

/** The zoom MapLibre filters a feature at: the whole zoom of the tile it is in. */
export const tileZoom = (zoom: number) => Math.floor(zoom);

/** True when a feature with this `minzoom` is drawn at `zoom`. */
export const shownAt = (minzoom: number, zoom: number) => tileZoom(zoom) >= minzoom;
