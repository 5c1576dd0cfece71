import { createGazetteer, type Gazetteer, type GazetteerFile } from './gazetteer';
import { importSource } from './importSource';
import { EVENT_SLICE, type ImportRequest, type WorkerMessage } from './protocol';
import { failed, phrase } from '../i18n/phrase';

export async function fetchGazetteer(url: string): Promise<Gazetteer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return createGazetteer((await response.json()) as GazetteerFile);
}

/** What the worker does with one request; kept apart from the worker's globals so it can be tested. */
export async function handleRequest(request: ImportRequest, post: (message: WorkerMessage) => void): Promise<void> {
  let outcome;
  try {
    outcome = await importSource(request.source, {
      loadGazetteer: () => fetchGazetteer(request.gazetteerUrl),
      onProgress: (progress) => post({ type: 'progress', progress }),
      today: request.today,
    });
  } catch (error) {
    // importSource does not throw on bad data; this is a bug, told rather than left hanging.
    outcome = { ...failed(phrase('problem.unexpected', { why: (error as Error).message })), report: null };
  }
  if (!outcome.ok) return post({ type: 'done', outcome });
  const { events } = outcome.story;
  for (let i = 0; i < events.length; i += EVENT_SLICE) post({ type: 'events', events: events.slice(i, i + EVENT_SLICE) });
  post({ type: 'done', outcome: { ...outcome, story: { ...outcome.story, events: [] } } });
}
