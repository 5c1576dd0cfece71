import type { ImportRequest, WorkerMessage } from './protocol';
import type { ImportOptions, ImportOutcome, ImportSource } from './types';
import type { StoryEventFile } from '../story/schema';
import { failed, phrase } from '../i18n/phrase';

function today(): string {
  const now = new Date();
  // The reader's calendar day, not UTC's: an import late in the evening is stamped with that evening.
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The import was cancelled.', 'AbortError');
}

/**
 * Reads a file into a story in a worker, so that 100,000 rows leave the page responsive.
 * Progress is reported as the worker goes; aborting the signal ends the worker and rejects
 * with the signal's reason. The source's bytes are copied to the worker, not transferred.
 */
export function importData(source: ImportSource, options: ImportOptions = {}): Promise<ImportOutcome> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'import' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError(signal as AbortSignal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const events: StoryEventFile[] = [];
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.progress);
      // One by one: a spread of the slices would pass more arguments than a call can take.
      else if (message.type === 'events') for (const e of message.events) events.push(e);
      else {
        finish();
        const { outcome } = message;
        resolve(outcome.ok ? { ...outcome, story: { ...outcome.story, events } } : outcome);
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      finish();
      resolve({ ...failed(phrase('problem.couldNotRun', { why: event.message || phrase('problem.workerFailed') })), report: null });
    };
    const request: ImportRequest = { source, gazetteerUrl: new URL('gazetteer/places.json', document.baseURI).href, today: today() };
    worker.postMessage(request);
  });
}
