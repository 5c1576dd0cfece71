export interface EmbedCodeInput {
  /** The app's address, e.g. "https://news.example/graphics/atlas/". */
  readonly appUrl: string;
  /** The view's own query string (selection, window, filters), with or without "?". */
  readonly search: string;
  readonly id: string;
  readonly title: string;
  readonly height: number;
  /** The story file the app loads with `?data=`; null or absent for the bundled story. */
  readonly dataUrl?: string | null;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The story file's full address, so the embed code works wherever it is pasted. */
function absoluteData(dataUrl: string, appUrl: string): string {
  try {
    return new URL(dataUrl, appUrl).toString();
  } catch {
    return dataUrl;
  }
}

/** The embed URL for a view: the view's state plus the embed flags. */
export function embedUrl({ appUrl, search, id, dataUrl = null }: Pick<EmbedCodeInput, 'appUrl' | 'search' | 'id' | 'dataUrl'>): string {
  const params = new URLSearchParams(search);
  // The map view is left out: the embed frames the story for its own column's width.
  // A story kept in this browser (?story=) exists nowhere else, so it cannot be embedded.
  for (const key of ['embed', 'id', 'present', 'chapter', 'plain', 'theme', 'map', 'data', 'story']) params.delete(key);
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  url.searchParams.set('id', id);
  if (dataUrl) url.searchParams.set('data', absoluteData(dataUrl, appUrl));
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
