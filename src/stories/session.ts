import type { Story } from '../story/model';
import type { StoryFile } from '../story/schema';
import type { ImportOptions, ImportOutcome, ImportProgress, ImportReport, ImportSource } from '../import/types';
import type { Library, StoredStoryMeta } from './library';
import { fetchData, resolveDataUrl } from './dataUrl';
import { importSource, toStory, toStoryInSlices } from './engine';
import { placeEvent, type Place } from './placeEvent';
import { sameRef, type StoryRef } from './storyParams';
import { phrase, type Phrase } from '../i18n/phrase';

/**
 * The Stories part of the app: which story is open and where it came from, the load under way,
 * the reader's kept stories. A small store of its own, so the UI subscribes to it and the app's
 * store only ever receives a finished story.
 */

export type StoryOrigin =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'stored'; readonly key: string; readonly name: string }
  /** Imported, but the browser would not keep it: a reload loses it. */
  | { readonly kind: 'unsaved'; readonly name: string };

export interface CurrentStory {
  /** Changes with every story opened (not when one is edited), so the app can start afresh. */
  readonly serial: number;
  readonly story: Story;
  /** The story file, for saving as JSON and for placing events; null for the bundled story. */
  readonly file: StoryFile | null;
  readonly origin: StoryOrigin;
  readonly report: ImportReport | null;
}

export type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly what: Phrase; readonly progress: ImportProgress | null }
  /** The load failed; the current story stays. Messages are phrases, worded in the reader's language when shown. */
  | { readonly kind: 'failed'; readonly message: Phrase; readonly report?: ImportReport | null }
  | { readonly kind: 'notice'; readonly message: Phrase };

export type Panel = 'closed' | 'menu' | 'report';

export interface SessionState {
  readonly current: CurrentStory | null;
  readonly status: Status;
  readonly stories: readonly StoredStoryMeta[];
  readonly panel: Panel;
  /** The bundled story's title, once it has been opened. */
  readonly bundledTitle: string | null;
}

export interface SessionDeps {
  readonly library: Library;
  readonly bundled: () => Promise<Story>;
  /** Called before a story is published, to point the URL and the app at it; `fresh` is false for an edit of the open story. */
  readonly onOpen: (ref: StoryRef, current: CurrentStory, fresh: boolean) => void;
  readonly pageUrl: () => string;
  readonly fetch?: typeof fetch;
  /** The importers; tests give a stand-in for the worker. */
  readonly importer?: (source: ImportSource, options: ImportOptions) => Promise<ImportOutcome>;
}

export interface Session {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Opens what the page's address asks for, falling back to the bundled story. */
  start(ref: StoryRef): Promise<void>;
  /** After Back or Forward: opens the story the address now names, if another one is open. */
  follow(ref: StoryRef): Promise<void>;
  importFile(source: ImportSource): Promise<void>;
  openUrl(value: string): Promise<void>;
  openStored(key: string): Promise<void>;
  openBundled(): Promise<void>;
  remove(key: string): Promise<void>;
  place(eventId: string, place: Place): Promise<void>;
  cancel(): void;
  setPanel(panel: Panel): void;
  dismiss(): void;
  refreshList(): Promise<void>;
}

const PROGRESS_EVERY_MS = 100;

/** The address of an open story; one that could not be kept has none, as the bundled story. */
export function refOf(origin: StoryOrigin): StoryRef {
  if (origin.kind === 'stored') return { kind: 'stored', key: origin.key };
  if (origin.kind === 'url') return { kind: 'url', url: origin.url };
  return { kind: 'bundled' };
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** What a result says went wrong: its phrase, or its text as it is. */
const why = (r: { readonly message: string; readonly phrase?: Phrase }): Phrase => r.phrase ?? phrase('problem.text', { text: r.message });

export function createSession(deps: SessionDeps): Session {
  let state: SessionState = { current: null, status: { kind: 'idle' }, stories: [], panel: 'closed', bundledTitle: null };
  let serial = 0;
  let loading: AbortController | null = null;
  const listeners = new Set<() => void>();
  const setState = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };

  /** Runs one load at a time: a new one cancels the one under way. A quick one (from the app's own server or storage) shows no progress. */
  const begin = (what: Phrase, quick = false) => {
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    let last = 0;
    if (!quick) setState({ status: { kind: 'loading', what, progress: null } });
    const onProgress = (progress: ImportProgress) => {
      const now = performance.now();
      const status = state.status;
      const phaseChanged = status.kind === 'loading' && status.progress?.phase !== progress.phase;
      if (loading !== controller || (!phaseChanged && now - last < PROGRESS_EVERY_MS && progress.done < progress.total)) return;
      last = now;
      setState({ status: { kind: 'loading', what, progress } });
    };
    const end = () => {
      if (loading === controller) loading = null;
    };
    return { signal: controller.signal, onProgress, end, live: () => loading === controller };
  };

  const publish = (ref: StoryRef, next: Omit<CurrentStory, 'serial'>, patch: Partial<SessionState> = {}, fresh = true) => {
    const current = { ...next, serial: fresh ? ++serial : serial };
    deps.onOpen(ref, current, fresh);
    setState({ current, ...patch });
  };

  const fail = (message: Phrase, report: ImportReport | null = null) => setState({ status: { kind: 'failed', message, report } });

  const refreshList = async () => {
    try {
      setState({ stories: await deps.library.list() });
    } catch {
      // Without IndexedDB (some private windows) the list stays empty; imports still open.
    }
  };

  /** Turns an imported file into the open story; false when it could not be read. */
  const open = async (source: ImportSource, load: ReturnType<typeof begin>, url?: string): Promise<boolean> => {
    const outcome = await (deps.importer ?? importSource)(source, { onProgress: load.onProgress, signal: load.signal });
    if (!load.live()) return false;
    if (!outcome.ok) {
      fail(phrase('stories.couldNotImport', { name: source.name, why: why(outcome) }), outcome.report);
      return false;
    }
    const story = await toStoryInSlices(outcome.story);
    if (!load.live()) return false;
    if (!story.ok) {
      fail(phrase('stories.couldNotShow', { name: source.name, why: why(story) }));
      return false;
    }
    const base = { story: story.story, file: story.file, report: outcome.report };
    if (url !== undefined) {
      publish({ kind: 'url', url }, { ...base, origin: { kind: 'url', url } }, { status: { kind: 'idle' } });
      return true;
    }
    try {
      const stored = await deps.library.save({ name: source.name, story: outcome.story, report: outcome.report });
      publish(
        { kind: 'stored', key: stored.key },
        { ...base, origin: { kind: 'stored', key: stored.key, name: stored.name } },
        { status: { kind: 'idle' }, panel: 'report' },
      );
      await refreshList();
    } catch (e) {
      publish(
        { kind: 'bundled' },
        { ...base, origin: { kind: 'unsaved', name: source.name } },
        {
          status: {
            kind: 'notice',
            message: phrase('stories.notKeptOpen', { why: errorText(e) }),
          },
          panel: 'report',
        },
      );
    }
    return true;
  };

  const session: Session = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start(ref) {
      void refreshList();
      if (ref.kind === 'url') await session.openUrl(ref.url);
      if (ref.kind === 'stored') await session.openStored(ref.key);
      if (!state.current) {
        const status = state.status;
        await session.openBundled();
        // Why the asked-for story is not shown stays on screen.
        if (status.kind === 'failed' || status.kind === 'notice') setState({ status });
      }
    },
    async follow(ref) {
      const origin = state.current?.origin;
      if (!origin || sameRef(refOf(origin), ref) || origin.kind === 'unsaved') return;
      if (ref.kind === 'url') await session.openUrl(ref.url);
      else if (ref.kind === 'stored') await session.openStored(ref.key);
      else await session.openBundled();
    },
    async importFile(source) {
      const load = begin(phrase('stories.importing', { name: source.name }));
      try {
        await open(source, load);
      } catch (e) {
        if (load.live()) fail(phrase('stories.couldNotRead', { name: source.name, why: errorText(e) }));
      } finally {
        load.end();
      }
    },
    async openUrl(value) {
      const resolved = resolveDataUrl(value, deps.pageUrl());
      if (!resolved.ok) return fail(resolved.phrase);
      const load = begin(phrase('stories.loadingFrom', { name: resolved.url.toString() }));
      try {
        const origin = new URL(deps.pageUrl()).origin;
        const fetched = await fetchData(resolved.url, { signal: load.signal, onProgress: load.onProgress, pageOrigin: origin, fetch: deps.fetch });
        if (!load.live()) return;
        if (!fetched.ok) return fail(fetched.phrase);
        await open(fetched.source, load, value);
      } catch (e) {
        if (load.live()) fail(phrase('stories.loadFailed', { why: errorText(e) }));
      } finally {
        load.end();
      }
    },
    async openStored(key) {
      const load = begin(phrase('stories.openingKept'), true);
      try {
        const stored = await deps.library.get(key);
        if (!load.live()) return;
        if (!stored) return fail(phrase('stories.notKept'));
        const story = await toStoryInSlices(stored.story);
        if (!load.live()) return;
        if (!story.ok) return fail(phrase('stories.couldNotShow', { name: stored.name, why: why(story) }));
        publish(
          { kind: 'stored', key },
          { story: story.story, file: story.file, report: stored.report, origin: { kind: 'stored', key, name: stored.name } },
          { status: { kind: 'idle' } },
        );
      } catch (e) {
        if (load.live()) fail(phrase('stories.keptFailed', { why: errorText(e) }));
      } finally {
        load.end();
      }
    },
    async openBundled() {
      const load = begin(phrase('stories.opening'), true);
      try {
        const story = await deps.bundled();
        if (!load.live()) return;
        publish({ kind: 'bundled' }, { story, file: null, report: null, origin: { kind: 'bundled' } }, { status: { kind: 'idle' }, bundledTitle: story.title });
      } catch (e) {
        if (load.live()) fail(phrase('stories.loadFailed', { why: errorText(e) }));
      } finally {
        load.end();
      }
    },
    async remove(key) {
      try {
        await deps.library.remove(key);
      } catch (e) {
        fail(phrase('stories.deleteFailed', { why: errorText(e) }));
      }
      await refreshList();
      const origin = state.current?.origin;
      // The open story stays on screen, but a reload can no longer find it.
      if (origin?.kind === 'stored' && origin.key === key && state.current) {
        publish({ kind: 'bundled' }, { ...state.current, origin: { kind: 'unsaved', name: origin.name } }, {}, false);
      }
    },
    async place(eventId, place) {
      const current = state.current;
      if (!current?.file) return;
      const next = placeEvent(current.file, current.report, eventId, place);
      const story = toStory(next.story);
      if (!story.ok) return fail(phrase('stories.placeFailed', { why: why(story) }));
      const updated = { ...current, story: story.story, file: story.file, report: next.report };
      if (current.origin.kind === 'stored') {
        try {
          await deps.library.update(current.origin.key, next.story, next.report);
        } catch (e) {
          setState({ status: { kind: 'notice', message: phrase('stories.placeNotKept', { why: errorText(e) }) } });
        }
      }
      publish(refOf(current.origin), updated, {}, false);
    },
    cancel() {
      loading?.abort();
      loading = null;
      setState({ status: { kind: 'failed', message: phrase('stories.cancelled') } });
    },
    setPanel(panel) {
      if (panel !== 'closed') void refreshList();
      setState({ panel });
    },
    dismiss() {
      setState({ status: { kind: 'idle' } });
    },
    refreshList,
  };
  return session;
}
