import type { FeatureCollection } from 'geojson';
import type { BasemapData } from '../../../src/map/basemapStyle';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A basemap with nothing in it, for tests of the style's shape. */
export const EMPTY_BASEMAP: BasemapData = {
  world: empty,
  europe: empty,
  worldBorders: empty,
  europeBorders: empty,
  lakes: empty,
  rivers: empty,
  detailBox: [-11, 34, 33, 62],
  places: empty,
};
