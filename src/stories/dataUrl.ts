import type { ImportProgress, ImportSource } from '../import/types';
import { failed, phrase, type Phrase } from '../i18n/phrase';

/** Larger responses are refused: the importers hold the whole file in memory. */
export const MAX_DATA_BYTES = 50 * 1024 * 1024;
/** A load fails when the server sends nothing for this long (no headers, or a stalled body). */
export const STALL_MS = 20_000;

export type DataUrlResult = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly message: string; readonly phrase: Phrase };

/** The `data` parameter of a query string, as given, or null. */
export function dataParam(search: string): string | null {
  const value = new URLSearchParams(search).get('data');
  return value === null || value.trim() === '' ? null : value.trim();
}

/** Resolves a `?data=` value against the app's address; only http(s) is fetched. */
export function resolveDataUrl(value: string, base: string): DataUrlResult {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return failed(phrase('stories.notAddress', { value: shorten(value) }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failed(phrase('stories.notHttp', { protocol: url.protocol }));
  }
  return { ok: true, url };
}

export type FetchFailureKind = 'not-found' | 'http' | 'timeout' | 'network' | 'too-large' | 'html' | 'empty' | 'cancelled';

export type FetchResult =
  | { readonly ok: true; readonly source: ImportSource }
  | { readonly ok: false; readonly kind: FetchFailureKind; readonly message: string; readonly phrase: Phrase };

export interface FetchOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** The page's origin, to tell a CORS refusal from a server that is down. */
  readonly pageOrigin: string;
  readonly fetch?: typeof fetch;
  readonly maxBytes?: number;
  readonly stallMs?: number;
}

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

const megabytes = (bytes: number) => phrase('stories.megabytes', { size: Math.round(bytes / (1024 * 1024)) });

/** The last path segment, for naming the story: "acled-2024.csv". */
export function fileNameOf(url: URL): string {
  const segment = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
  return segment || url.host;
}

/** An HTML page where data was expected: a login wall, a proxy's error page, a SPA's fallback route. */
export function looksLikeHtml(contentType: string | null, head: Uint8Array): boolean {
  if (contentType && /^\s*text\/html\b/i.test(contentType)) return true;
  const text = new TextDecoder('utf-8')
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return text.startsWith('<!doctype html') || text.startsWith('<html') || text.startsWith('<head') || text.startsWith('<body');
}

function failure(kind: FetchFailureKind, message: Phrase): FetchResult {
  return { ...failed(message), kind };
}

/**
 * Fetches a story file with a size cap and a stall timeout, reading the body in chunks so that
 * progress shows and a 50 MB cap is enforced even when the server sends no Content-Length.
 * Never throws: every way a load can fail ends in a message for the reader.
 */
export async function fetchData(url: URL, options: FetchOptions): Promise<FetchResult> {
  const { signal, onProgress, pageOrigin, maxBytes = MAX_DATA_BYTES, stallMs = STALL_MS } = options;
  const doFetch = options.fetch ?? fetch;
  const where = shorten(url.toString());
  const controller = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  if (signal?.aborted) controller.abort();
  const interrupted = (): FetchResult =>
    stalled
      ? failure('timeout', phrase('stories.timedOut', { where, seconds: Math.round(stallMs / 1000) }))
      : failure('cancelled', phrase('stories.loadCancelled'));
  try {
    arm();
    let response: Response;
    try {
      response = await doFetch(url.toString(), { signal: controller.signal, credentials: 'omit' });
    } catch {
      if (controller.signal.aborted) return interrupted();
      return failure('network', phrase(url.origin === pageOrigin ? 'stories.noAnswer' : 'stories.noCors', { where }));
    }
    if (response.status === 404 || response.status === 410) return failure('not-found', phrase('stories.notFound', { where, status: String(response.status) }));
    if (!response.ok)
      return failure('http', phrase('stories.refused', { where, status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }));
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      return failure('too-large', phrase('stories.tooLarge', { where, size: megabytes(declared), max: megabytes(maxBytes) }));
    }
    const total = Number.isFinite(declared) && declared > 0 ? declared : 0;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        arm();
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch {
          if (controller.signal.aborted) return interrupted();
          return failure('network', phrase('stories.broke', { where }));
        }
        if (chunk.done) break;
        size += chunk.value.byteLength;
        if (size > maxBytes) {
          controller.abort();
          return failure('too-large', phrase('stories.larger', { where, max: megabytes(maxBytes) }));
        }
        chunks.push(chunk.value);
        onProgress?.({ phase: 'reading', done: size, total: Math.max(total, size) });
      }
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    if (size === 0) return failure('empty', phrase('stories.emptyFile', { where }));
    if (looksLikeHtml(response.headers.get('content-type'), bytes)) {
      return failure('html', phrase('stories.webPage', { where }));
    }
    return { ok: true, source: { kind: 'bytes', name: fileNameOf(url), bytes: bytes.buffer } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
