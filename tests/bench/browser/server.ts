import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { serve } from '../../e2e/serve.mjs';
import { Link, type LinkProfile } from './link';

/** Where the app is mounted, as in the browser tests. */
export const APP = '/graphics/atlas/';
/** The bare maplibre page and what it loads, beside the app on the same origin. */
export const BARE = '/bench/bare/';
export const MODULES = '/bench/node_modules/';

/** One response, in epoch milliseconds, so it can be set against the page's navigation start. */
export interface Served {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly rawBytes: number;
  readonly sentBytes: number;
  readonly gzip: boolean;
}

/** A response the bench makes up: a synthetic story, or the app's page without some of its preloads. */
export type Override = (path: string) => { body: Buffer; type: string } | null;

export interface BenchServer {
  readonly origin: string;
  /** Every response since the last `clear()`. */
  readonly log: Served[];
  clear(): void;
  /** Shape every response like a phone's network, or not (null). */
  setLink(profile: LinkProfile | null): void;
  setOverride(override: Override | null): void;
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|javascript))|svg/;
const now = () => performance.timeOrigin + performance.now();

interface Upstream {
  readonly status: number;
  readonly type: string;
  readonly body: Buffer;
  readonly gzipped: Buffer | null;
}

/**
 * Wraps tests/e2e/serve.mjs, which serves files as they are, and adds what a real host does:
 * gzip (node:zlib, level 9, as Vite reports sizes), long caching of hashed assets, and
 * optionally a shaped link. It also records every response for the payload and the waterfall.
 */
export async function startBenchServer(extraRoots: Record<string, string> = {}): Promise<BenchServer> {
  const roots: Record<string, string> = { [APP]: 'dist', [BARE]: 'tests/bench/bare', [MODULES]: 'node_modules', ...extraRoots };
  const upstreams = await Promise.all(Object.entries(roots).map(([prefix, root]) => serve({ root, prefix })));
  const routes = upstreams.map((server, i) => ({
    prefix: Object.keys(roots)[i],
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  }));
  const cache = new Map<string, Promise<Upstream>>();
  const fetchUpstream = (path: string): Promise<Upstream> => {
    const route = routes.find((r) => path.startsWith(r.prefix)) ?? routes[0];
    const cached = cache.get(path);
    if (cached) return cached;
    const pending = fetch(`${route.origin}${path}`, { redirect: 'manual' }).then(async (r) => {
      const body = Buffer.from(await r.arrayBuffer());
      const type = r.headers.get('content-type') ?? 'application/octet-stream';
      return { status: r.status, type, body, gzipped: COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }) : null };
    });
    cache.set(path, pending);
    return pending;
  };

  const log: Served[] = [];
  let link: Link | null = null;
  let override: Override | null = null;
  const server: Server = createServer(async (req, res) => {
    const start = now();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const made = override?.(path);
    const upstream: Upstream = made
      ? { status: 200, type: made.type, body: made.body, gzipped: COMPRESSIBLE.test(made.type) ? gzipSync(made.body, { level: 9 }) : null }
      : await fetchUpstream(path);
    const gzip = upstream.gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? (upstream.gzipped as Buffer) : upstream.body;
    res.writeHead(upstream.status, {
      'content-type': upstream.type,
      'content-length': body.length,
      // Vite's file names under assets/ carry a content hash; node_modules do not change during a run.
      'cache-control': path.includes('/assets/') || path.startsWith(MODULES) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    if (link) await link.send(res, body);
    else res.end(body);
    log.push({ path, start, end: now(), rawBytes: upstream.body.length, sentBytes: body.length, gzip });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const closeServer = (s: Server) => new Promise<void>((done) => s.close(() => done()));
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    clear: () => void log.splice(0),
    setLink: (profile) => void (link = profile ? new Link(profile) : null),
    setOverride: (o) => void (override = o),
    close: async () => {
      for (const s of [server, ...upstreams]) s.closeAllConnections();
      await Promise.all([server, ...upstreams].map(closeServer));
    },
  };
}
