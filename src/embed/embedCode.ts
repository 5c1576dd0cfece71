export interface EmbedCodeInput {
  /** The app's address, e.g. "https://news.example/graphics/atlas/". */
  readonly appUrl: string;
  /** The view's own query string (selection, window, filters), with or without "?". */
  readonly search: string;
  readonly id: string;
  readonly title: string;
  readonly height: number;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed URL for a view: the view's state plus the embed flags. */
export function embedUrl({ appUrl, search, id }: Pick<EmbedCodeInput, 'appUrl' | 'search' | 'id'>): string {
  const params = new URLSearchParams(search);
  // The map view is left out: the embed frames the story for its own column's width.
  for (const key of ['embed', 'id', 'present', 'chapter', 'plain', 'theme', 'map']) params.delete(key);
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  url.searchParams.set('id', id);
  params.forEach((value, key) => url.searchParams.set(key, value));
  return url.toString();
}

/** Two lines for a news page: the iframe, and the resizer script served beside the app. */
export function embedCode(input: EmbedCodeInput): string {
  const src = embedUrl(input);
  const script = new URL('embed.js', input.appUrl).toString();
  return [
    `<iframe data-incident-atlas src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" scrolling="no" style="width:0;min-width:100%;border:none" height="${Math.round(input.height)}" loading="lazy"></iframe>`,
    `<script async src="${escapeAttribute(script)}"></script>`,
  ].join('\n');
}
