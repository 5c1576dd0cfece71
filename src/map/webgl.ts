/**
 * True if the browser can create the WebGL context the interactive map needs.
 * Only "webgl2" counts: maplibre-gl 6 asks for nothing else, so a WebGL 1 browser
 * would pass a looser check and still show no map.
 */
export function supportsWebGL(doc: Document = document): boolean {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    // Browsers cap live contexts; hand this one back rather than wait for garbage collection.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
