import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataParam, fetchData, fileNameOf, looksLikeHtml, resolveDataUrl, type FetchOptions } from '../../../src/stories/dataUrl';

const PAGE = 'https://news.example/graphics/atlas/?data=x';
const ORIGIN = 'https://news.example';
const encode = (text: string) => new TextEncoder().encode(text);

/** A fetch that answers every request with the given response, or fails as a browser does. */
const answer =
  (make: () => Response | Promise<Response>): typeof fetch =>
  async () =>
    make();

/** A fetch that never answers until it is aborted, as a hanging server. */
const hanging: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

/** A body that sends one chunk and then stalls. */
function stallingBody(signalled: { signal?: AbortSignal | null }) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encode('id,title\n'));
      signalled.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
}

const load = (url: string, fetcher: typeof fetch, extra: Partial<FetchOptions> = {}) =>
  fetchData(new URL(url), { pageOrigin: ORIGIN, fetch: fetcher, ...extra });

describe('dataParam', () => {
  it('reads the data parameter, trimmed, and treats an empty one as none', () => {
    expect(dataParam('?data=stories/a.json&embed=1')).toBe('stories/a.json');
    expect(dataParam('?data=%20')).toBeNull();
    expect(dataParam('?embed=1')).toBeNull();
  });
});

describe('resolveDataUrl', () => {
  it('resolves a relative address against the app', () => {
    const r = resolveDataUrl('stories/a.json', PAGE);
    expect(r.ok && r.url.toString()).toBe('https://news.example/graphics/atlas/stories/a.json');
  });

  it('refuses anything but http and https', () => {
    for (const value of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'blob:https://x/1']) {
      const r = resolveDataUrl(value, PAGE);
      expect(r.ok).toBe(false);
    }
  });

  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const r = resolveDataUrl(value, PAGE);
        if (r.ok) expect(['http:', 'https:']).toContain(r.url.protocol);
        else expect(r.message).toBeTruthy();
      }),
    );
  });
});

describe('fileNameOf', () => {
  it('names a story after the last part of its address', () => {
    expect(fileNameOf(new URL('https://x.example/data/acled%202024.csv?v=2'))).toBe('acled 2024.csv');
    expect(fileNameOf(new URL('https://x.example/'))).toBe('x.example');
  });
});

describe('looksLikeHtml', () => {
  it('knows an HTML page by its content type or its first bytes', () => {
    expect(looksLikeHtml('text/html; charset=utf-8', encode('{}'))).toBe(true);
    expect(looksLikeHtml('application/octet-stream', encode('\uFEFF  <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(null, encode('<html><body>Not found'))).toBe(true);
    expect(looksLikeHtml('text/csv', encode('Year,Month,Day,Headline\n<b>x</b>'))).toBe(false);
    expect(looksLikeHtml('application/json', encode('{"type":"FeatureCollection"}'))).toBe(false);
  });
});

describe('fetchData', () => {
  it('returns the bytes and the file name', async () => {
    const r = await load(
      'https://news.example/a.json',
      answer(() => new Response('{"id":"a"}', { headers: { 'content-type': 'application/json' } })),
    );
    expect(r.ok).toBe(true);
    if (r.ok && r.source.kind === 'bytes') {
      expect(r.source.name).toBe('a.json');
      expect(new TextDecoder().decode(r.source.bytes)).toBe('{"id":"a"}');
    }
  });

  it('reports reading progress in bytes', async () => {
    const seen: number[] = [];
    await load(
      'https://news.example/a.csv',
      answer(() => new Response('a,b\n1,2\n')),
      { onProgress: (p) => seen.push(p.done) },
    );
    expect(seen.at(-1)).toBe(8);
  });

  it('says when there is no file (404)', async () => {
    const r = await load(
      'https://news.example/missing.json',
      answer(() => new Response('not found', { status: 404 })),
    );
    expect(r).toMatchObject({ ok: false, kind: 'not-found' });
    expect(!r.ok && r.message).toMatch(/no file at .*missing\.json.*404/);
  });

  it('says when the server refuses', async () => {
    const r = await load(
      'https://news.example/a.json',
      answer(() => new Response('', { status: 503, statusText: 'Service Unavailable' })),
    );
    expect(r).toMatchObject({ ok: false, kind: 'http' });
    expect(!r.ok && r.message).toMatch(/503 Service Unavailable/);
  });

  it('names CORS when another origin cannot be read, and not when the app’s own server is down', async () => {
    const down = answer(() => Promise.reject(new TypeError('Failed to fetch')));
    const other = await load('https://data.example/a.json', down);
    const own = await load('https://news.example/a.json', down);
    expect(other).toMatchObject({ ok: false, kind: 'network' });
    expect(!other.ok && other.message).toMatch(/CORS/);
    expect(!own.ok && own.message).not.toMatch(/CORS/);
  });

  it('times out when the server sends nothing', async () => {
    const r = await load('https://news.example/a.json', hanging, { stallMs: 20 });
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
    expect(!r.ok && r.message).toMatch(/timed out/);
  });

  it('times out when the body stalls', async () => {
    const stalling: typeof fetch = async (_input, init) => new Response(stallingBody({ signal: init?.signal }));
    const r = await load('https://news.example/a.csv', stalling, { stallMs: 20 });
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = load('https://news.example/a.json', hanging, { signal: controller.signal });
    controller.abort();
    await expect(pending).resolves.toMatchObject({ ok: false, kind: 'cancelled' });
  });

  it('refuses a file over the cap, by its declared length or by what arrives', async () => {
    const declared = await load(
      'https://news.example/big.csv',
      answer(() => new Response('x', { headers: { 'content-length': String(60 * 1024 * 1024) } })),
    );
    expect(declared).toMatchObject({ ok: false, kind: 'too-large' });
    expect(!declared.ok && declared.message).toMatch(/60 MB.*50 MB/);
    const streamed = await load(
      'https://news.example/big.csv',
      answer(() => new Response('x'.repeat(2000))),
      { maxBytes: 1000 },
    );
    expect(streamed).toMatchObject({ ok: false, kind: 'too-large' });
  });

  it('refuses an HTML page where data was expected', async () => {
    const r = await load(
      'https://news.example/a.json',
      answer(() => new Response('<!doctype html><title>Error</title>', { headers: { 'content-type': 'text/html' } })),
    );
    expect(r).toMatchObject({ ok: false, kind: 'html' });
  });

  it('says when the file is empty', async () => {
    await expect(
      load(
        'https://news.example/a.json',
        answer(() => new Response('')),
      ),
    ).resolves.toMatchObject({ ok: false, kind: 'empty' });
  });
});
