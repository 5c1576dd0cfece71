/**
 * The Content-Security-Policy the app is built to run under, as README "Security and privacy"
 * states it (the CSP browser test checks that the README says exactly this):
 * - img-src data: for maplibre's control icons (data: SVGs in its CSS); blob: for Export image,
 *   which draws the page as an SVG image from a blob: URL;
 * - worker-src 'self': maplibre's worker, the import worker and the cluster worker are built files;
 * - style-src 'self' without 'unsafe-inline': style attributes are only ever set through the CSSOM;
 * - no frame-ancestors: an embed is framed by any site that chooses to.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
