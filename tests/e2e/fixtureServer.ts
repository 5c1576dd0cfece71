import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * A second origin for ?data= loads: the import fixtures with CORS allowed (/cors/…) and without
 * (/nocors/…), and the faults a story host can have: a 404, an HTML error page, a file over the cap,
 * a body that stalls, a server that goes silent.
 */
export async function startFixtureServer(dir = join('tests', 'fixtures', 'import')): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, area, name = ''] = url.pathname.split('/');
    const cors = area === 'cors' ? { 'access-control-allow-origin': '*' } : {};
    if (name === 'error-page.json') {
      res.writeHead(200, { 'content-type': 'text/html', ...cors });
      return res.end('<!doctype html><title>Sign in</title><p>Please sign in to continue.</p>');
    }
    if (name === 'slow.csv') {
      // Sends the start of a file and then nothing, as a slow connection: the load shows its progress until cancelled.
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': '4000000', ...cors });
      res.write(`${'x'.repeat(1_000_000)}`);
      return setTimeout(() => res.destroy(), 15_000);
    }
    if (name === 'silent.csv') {
      // Answers and then sends nothing at all, for longer than the app waits.
      res.writeHead(200, { 'content-type': 'text/csv', ...cors });
      res.flushHeaders();
      return setTimeout(() => res.destroy(), 30_000);
    }
    if (name === 'huge.csv') {
      // Declares 60 MB and sends a little: the app must refuse it before reading on.
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(60 * 1024 * 1024), ...cors });
      res.write('id,title,date\n');
      return setTimeout(() => res.destroy(), 2000);
    }
    try {
      const body = await readFile(join(dir, basename(name)));
      res.writeHead(200, { 'content-type': name.endsWith('.csv') ? 'text/csv' : 'application/json', ...cors });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', ...cors });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  // "localhost" is another origin than the app's 127.0.0.1, so CORS applies.
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
