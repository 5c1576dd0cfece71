// Planar ring helpers shared by the clipping steps, in longitude/latitude degrees.
import { geoContains } from 'd3-geo';

/** Signed shoelace area; d3's exterior rings come out negative in lon/lat. */
export function planarArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum / 2;
}

/** Regroups one clipped polygon's rings: a clip may split an exterior into several. */
export function ringsToPolygons(rings, exteriorSign) {
  const polygons = rings.filter((r) => Math.sign(planarArea(r)) === exteriorSign).map((r) => [r]);
  for (const hole of rings.filter((r) => Math.sign(planarArea(r)) === -exteriorSign)) {
    const owner = polygons.find(([exterior]) => geoContains({ type: 'Polygon', coordinates: [exterior] }, hole[0]));
    if (owner) owner.push(hole);
  }
  return polygons;
}

/** A stream sink that collects what d3 clipped back into lon/lat rings, regrouped into polygons. */
export function polygonSink(exteriorSign) {
  const polygons = [];
  let rings, ring;
  return {
    polygons,
    polygonStart: () => (rings = []),
    polygonEnd: () => rings.length && polygons.push(...ringsToPolygons(rings, exteriorSign)),
    lineStart: () => (ring = []),
    point: (x, y) => ring.push([x, -y]),
    lineEnd() {
      ring.push(ring[0]); // d3 streams rings unclosed
      if (ring.length >= 4 && planarArea(ring) !== 0) rings.push(ring);
    },
    sphere() {},
  };
}

/** The (Multi)Polygon with each exterior ring's winding `exteriorSign` and each hole's the opposite. */
export function rewind(geometry, exteriorSign) {
  const orient = (ring, sign) => (Math.sign(planarArea(ring)) === sign ? ring : [...ring].reverse());
  const polygon = (rings) => rings.map((ring, i) => orient(ring, i === 0 ? exteriorSign : -exteriorSign));
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

/** The geometry for a list of polygons, or null when there are none. */
export function polygonGeometry(polygons) {
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}
