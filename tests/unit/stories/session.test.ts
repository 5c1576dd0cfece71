import { describe, expect, it } from 'vitest';
import { createSession, type SessionDeps, type Status } from '../../../src/stories/session';
import type { Library, StoredStory } from '../../../src/stories/library';
import type { StoryRef } from '../../../src/stories/storyParams';
import { loadStory } from '../../../src/story/load';
import type { Story } from '../../../src/story/model';
import { storyFile } from '../fixtures';
import { importSource } from '../../../src/import/importSource';
import type { ImportOptions, ImportOutcome, ImportSource } from '../../../src/import/types';
import { english } from '../../../src/i18n/phrase';

/** The session's status with its message in English words. */
const statusText = (session: { getState(): { status: Status } }) => {
  const { status } = session.getState();
  return 'message' in status ? { ...status, message: english(status.message) } : status;
};

/** The importers as the worker runs them, on this thread; these files need no gazetteer. */
const inline = async (source: ImportSource, { onProgress }: ImportOptions): Promise<ImportOutcome> =>
  importSource(source, { onProgress, today: '2026-01-01', loadGazetteer: () => Promise.reject(new Error('no gazetteer in unit tests')) });

const PAGE = 'https://news.example/graphics/atlas/';

function memoryLibrary(): Library & { records: Map<string, StoredStory> } {
  const records = new Map<string, StoredStory>();
  let n = 0;
  return {
    records,
    list: async () => [...records.values()].reverse(),
    get: async (key) => records.get(key),
    async save({ name, story, report }) {
      const entry = { key: `k${++n}`, name, title: story.title, savedAt: new Date(n * 1000).toISOString(), events: story.events.length, story, report };
      records.set(entry.key, entry);
      return entry;
    },
    async update(key, story, report) {
      const old = records.get(key);
      if (!old) return undefined;
      const entry = { ...old, story, report };
      records.set(key, entry);
      return entry;
    },
    remove: async (key) => void records.delete(key),
  };
}

const fileOf = (title: string) => ({ ...storyFile([{ id: 'a', date: '2020-01-01' }]), title });
const storyOf = (title: string): Story => {
  const r = loadStory(fileOf(title));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.story;
};
const bytes = (text: string) => new TextEncoder().encode(text).buffer;

function setup(extra: Partial<SessionDeps> = {}) {
  const library = memoryLibrary();
  const opened: StoryRef[] = [];
  const session = createSession({
    library,
    bundled: async () => storyOf('Bundled'),
    pageUrl: () => PAGE,
    onOpen: (ref) => opened.push(ref),
    fetch: async () => new Response('not found', { status: 404 }),
    importer: inline,
    ...extra,
  });
  return { session, library, opened };
}

describe('session', () => {
  it('opens the bundled story when the address names none', async () => {
    const { session, opened } = setup();
    await session.start({ kind: 'bundled' });
    expect(session.getState().current?.story.title).toBe('Bundled');
    expect(session.getState().bundledTitle).toBe('Bundled');
    expect(opened).toEqual([{ kind: 'bundled' }]);
  });

  it('falls back to the bundled story when ?data= fails, and keeps the reason on screen', async () => {
    const { session } = setup();
    await session.start({ kind: 'url', url: 'missing.json' });
    expect(session.getState().current?.origin).toEqual({ kind: 'bundled' });
    expect(statusText(session)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/no file at .*missing\.json/) });
  });

  it('opens a story from ?data= and remembers where it came from', async () => {
    const { session, library } = setup({ fetch: async () => new Response(JSON.stringify(fileOf('Published'))) });
    await session.start({ kind: 'url', url: 'stories/published.json' });
    expect(session.getState().current).toMatchObject({ origin: { kind: 'url', url: 'stories/published.json' }, story: { title: 'Published' } });
    expect(library.records.size).toBe(0);
  });

  it('keeps an imported file in the library, opens it and shows its report', async () => {
    const { session, library, opened } = setup();
    await session.start({ kind: 'bundled' });
    await session.importFile({ kind: 'bytes', name: 'mine.json', bytes: bytes(JSON.stringify(fileOf('Mine'))) });
    const { current, panel, stories } = session.getState();
    expect(current).toMatchObject({ origin: { kind: 'stored', key: 'k1', name: 'mine.json' }, story: { title: 'Mine' }, report: { loaded: 1 } });
    expect(panel).toBe('report');
    expect(stories.map((s) => s.title)).toEqual(['Mine']);
    expect(library.records.get('k1')?.story.title).toBe('Mine');
    expect(opened.at(-1)).toEqual({ kind: 'stored', key: 'k1' });
  });

  it('leaves the current story in place when a file cannot be read, and says why', async () => {
    const { session } = setup();
    await session.start({ kind: 'bundled' });
    const before = session.getState().current;
    await session.importFile({ kind: 'text', name: 'Pasted text', text: 'not,a,story\n1,2,3' });
    expect(session.getState().current).toBe(before);
    expect(statusText(session)).toMatchObject({ kind: 'failed', message: expect.stringContaining('Pasted text') });
  });

  it('stops a load when it is cancelled, keeping the current story', async () => {
    let release: () => void = () => {};
    const slow = () => new Promise<never>((_resolve, reject) => (release = () => reject(new DOMException('aborted', 'AbortError'))));
    const { session } = setup({
      importer: (_source, { signal }) => {
        const pending = slow();
        signal?.addEventListener('abort', () => release());
        return pending;
      },
    });
    await session.start({ kind: 'bundled' });
    const before = session.getState().current;
    const importing = session.importFile({ kind: 'text', name: 'big.csv', text: 'x' });
    expect(session.getState().status.kind).toBe('loading');
    session.cancel();
    await importing;
    expect(session.getState().current).toBe(before);
    expect(statusText(session)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/cancelled/) });
  });

  it('reopens a kept story, and says so when it is gone', async () => {
    const { session } = setup();
    await session.start({ kind: 'bundled' });
    await session.importFile({ kind: 'text', name: 'mine.json', text: JSON.stringify(fileOf('Mine')) });
    await session.openBundled();
    await session.openStored('k1');
    expect(session.getState().current?.story.title).toBe('Mine');
    const again = setup();
    await again.session.start({ kind: 'stored', key: 'k9' });
    expect(again.session.getState().current?.origin.kind).toBe('bundled');
    expect(statusText(again.session)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/not kept in this browser/) });
  });

  it('keeps the open story on screen when it is deleted, but no longer as kept', async () => {
    const { session, library } = setup();
    await session.start({ kind: 'bundled' });
    await session.importFile({ kind: 'text', name: 'mine.json', text: JSON.stringify(fileOf('Mine')) });
    const serial = session.getState().current?.serial;
    await session.remove('k1');
    expect(library.records.size).toBe(0);
    expect(session.getState().current).toMatchObject({ serial, origin: { kind: 'unsaved', name: 'mine.json' } });
    expect(session.getState().stories).toEqual([]);
  });

  it('places an event, keeps the change and leaves the app on the same story', async () => {
    const { session, library } = setup();
    await session.start({ kind: 'bundled' });
    await session.importFile({ kind: 'text', name: 'mine.json', text: JSON.stringify(fileOf('Mine')) });
    const serial = session.getState().current?.serial;
    await session.place('a', { name: 'Delft', lat: 52.01, lon: 4.36, precision: 'city', country: 'NL' });
    expect(session.getState().current?.serial).toBe(serial);
    expect(session.getState().current?.story.byId.get('a')?.place?.name).toBe('Delft');
    expect(library.records.get('k1')?.story.events[0].place?.name).toBe('Delft');
  });
});

describe('session.follow', () => {
  it('opens the story an address names after Back, and nothing when it is already open', async () => {
    const { session, opened } = setup();
    await session.start({ kind: 'bundled' });
    await session.importFile({ kind: 'text', name: 'mine.json', text: JSON.stringify(fileOf('Mine')) });
    const count = opened.length;
    await session.follow({ kind: 'stored', key: 'k1' });
    expect(opened.length).toBe(count);
    await session.follow({ kind: 'bundled' });
    expect(session.getState().current?.story.title).toBe('Bundled');
    await session.follow({ kind: 'stored', key: 'k1' });
    expect(session.getState().current?.story.title).toBe('Mine');
  });
});
