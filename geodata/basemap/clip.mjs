// Cutting and clipping in longitude/latitude, the coordinates MapLibre reads GeoJSON in.
import { geoArea, geoEquirectangular, geoIdentity, geoStream } from 'd3-geo';
import { polygonGeometry, polygonSink } from './rings.mjs';

// World-atlas rings are made for d3's spherical rendering and run straight across the
// antimeridian (Russia's Chukotka, Wrangel Island, Fiji). MapLibre fills rings on the
// plane, where such a ring spans the whole world and fills horizontal bands across the
// Arctic and the North Atlantic. d3's projection cuts them at ±180° on the sphere and
// closes the pieces along the meridian; an equirectangular projection at one unit per
// degree gives the pieces back as longitude and −latitude. Precision 0: no resampling.
const LON_LAT = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0])
  .precision(0);

// Exterior rings are negative by rings.mjs' planarArea, in d3's winding.
const EXTERIOR = -1;

/**
 * The polygon as d3 means it: no country covers more than a hemisphere, so a ring
 * that d3 would read as one is wound the wrong way (three degenerate Maldives islets
 * of world-atlas' 1:10m, which otherwise fill the whole detail box with land).
 */
function smallerSide(rings) {
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
}

/** A (Multi)Polygon cut at the antimeridian into pieces that each lie within ±180°. */
export function cutAtAntimeridian(geometry) {
  const sink = polygonSink(EXTERIOR);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  geoStream({ type: 'MultiPolygon', coordinates: polygons.map(smallerSide) }, LON_LAT.stream(sink));
  return polygonGeometry(sink.polygons);
}

/** The planar clip to a [west, south, east, north] box, with latitude mirrored: d3 clips in screen space (y down). */
const boxClip = ([x0, y0, x1, y1]) =>
  geoIdentity()
    .reflectY(true)
    .clipExtent([
      [x0, -y1],
      [x1, -y0],
    ]);

/** A (Multi)Polygon clipped to the box; cut rings are rejoined along its frame. Null when nothing is left. */
export function clipPolygons(geometry, bbox) {
  const sink = polygonSink(EXTERIOR);
  geoStream(geometry, boxClip(bbox).stream(sink));
  return polygonGeometry(sink.polygons);
}

/** A (Multi)LineString clipped to the box, as a MultiLineString; null when nothing is left. */
export function clipLines(geometry, bbox) {
  const lines = [];
  let line;
  const sink = {
    lineStart: () => (line = []),
    point: (x, y) => line.push([x, -y]),
    lineEnd: () => line.length >= 2 && lines.push(line),
  };
  geoStream(geometry, boxClip(bbox).stream(sink));
  return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
}

/** Features whose geometry `clip` keeps, with what it keeps. */
export function clipFeatures(features, clip) {
  return features.flatMap((f) => {
    const geometry = clip(f.geometry);
    return geometry ? [{ ...f, geometry }] : [];
  });
}
