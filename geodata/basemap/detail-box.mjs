// Where the basemap is detailed: Natural Earth 1:10m land, lakes and rivers inside, 1:110m
// land outside. [west, south, east, north] in degrees. The built TopoJSON carries it as
// the `europe` object's bbox, which is how the app learns it.
export const DETAIL_BOX = [-11, 34, 33, 62];
