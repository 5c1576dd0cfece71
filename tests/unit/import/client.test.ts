import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importData } from '../../../src/import/client';
import { handleRequest } from '../../../src/import/handleRequest';
import { EVENT_SLICE, type ImportRequest, type WorkerMessage } from '../../../src/import/protocol';
import type { ImportProgress } from '../../../src/import/types';
import { fixture } from './helpers';

/** Runs the worker's handler in this thread, with a Worker's interface. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: WorkerMessage }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  requests: ImportRequest[] = [];
  /** The type of every message the worker sent. */
  sent: string[] = [];

  constructor(readonly url: URL) {
    FakeWorker.created.push(this);
  }

  postMessage(request: ImportRequest) {
    this.requests.push(request);
    void handleRequest(structuredClone(request), (data) => {
      this.sent.push(data.type);
      if (!this.terminated) setTimeout(() => this.onmessage?.({ data }));
    });
  }

  terminate() {
    this.terminated = true;
  }
}

const gazetteer = readFileSync(new URL('../../../public/gazetteer/places.json', import.meta.url), 'utf8');

beforeEach(() => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('document', { baseURI: 'https://news.example/graphics/atlas/index.html' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === 'https://news.example/graphics/atlas/gazetteer/places.json' ? new Response(gazetteer) : new Response('', { status: 404 }),
    ),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('importData', () => {
  it('runs the import in a worker, reports progress, and ends the worker', async () => {
    const progress: ImportProgress[] = [];
    const outcome = await importData(fixture('timelinejs-places.csv'), { onProgress: (p) => progress.push(p) });
    expect(outcome).toMatchObject({ ok: true, report: { format: 'timelinejs', loaded: 7, notOnMap: 3 } });
    const [worker] = FakeWorker.created;
    expect(worker.url.pathname).toMatch(/worker\.ts$/);
    expect(worker.requests[0]).toMatchObject({
      gazetteerUrl: 'https://news.example/graphics/atlas/gazetteer/places.json',
      today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(worker.terminated).toBe(true);
    expect(progress.map((p) => p.phase)).toContain('placing');
  });

  it('hands over a large story in slices of events, whole and in order', async () => {
    const rows = Array.from(
      { length: 2 * EVENT_SLICE + 10 },
      (_, i) => `e${i},Event ${i},2020-01-${String((i % 28) + 1).padStart(2, '0')},,raid,Kyiv,50.45,30.52,city,UA,`,
    );
    const text = ['id,title,date,end,category,place,lat,lon,precision,country,summary', ...rows].join('\n');
    const bytes = new TextEncoder().encode(text);
    const outcome = await importData({ kind: 'bytes', name: 'large.csv', bytes: bytes.buffer });
    expect(FakeWorker.created[0].sent.filter((type) => type !== 'progress')).toEqual(['events', 'events', 'events', 'done']);
    expect(outcome.ok && outcome.story.events.map((e) => e.id)).toEqual(rows.map((_, i) => `e${i}`));
  }, 30_000);

  it('ends the worker and rejects when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = importData(fixture('acled.csv'), { signal: controller.signal });
    controller.abort(new Error('cancelled by the reader'));
    await expect(pending).rejects.toThrow('cancelled by the reader');
    expect(FakeWorker.created[0].terminated).toBe(true);
  });

  it('starts no worker for a signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importData(fixture('acled.csv'), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.created).toHaveLength(0);
  });

  it('says so when the worker fails', async () => {
    const outcome = importData(fixture('acled.csv'));
    FakeWorker.created[0].terminated = true;
    FakeWorker.created[0].onerror?.({ message: 'Script error' });
    expect(await outcome).toMatchObject({ ok: false, message: 'The import could not run: Script error', report: null });
  });
});
