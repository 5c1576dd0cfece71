/** Where each image sits in a square-celled texture atlas: cells as big as the biggest image, images centred. */
export interface AtlasLayout {
  readonly cell: number;
  readonly columns: number;
  readonly rows: number;
  /** Top-left pixel of image `i` of the given size. */
  origin(i: number, width: number, height: number): [x: number, y: number];
}

export function atlasLayout(sizes: readonly { readonly width: number; readonly height: number }[]): AtlasLayout {
  const cell = Math.max(1, ...sizes.map((s) => Math.max(s.width, s.height)));
  const columns = Math.max(1, Math.ceil(Math.sqrt(sizes.length)));
  const rows = Math.max(1, Math.ceil(sizes.length / columns));
  return {
    cell,
    columns,
    rows,
    origin: (i, width, height) => [(i % columns) * cell + Math.floor((cell - width) / 2), Math.floor(i / columns) * cell + Math.floor((cell - height) / 2)],
  };
}
