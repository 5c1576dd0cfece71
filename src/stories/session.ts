import type { Story } from '../story/model';
import type { StoryFile } from '../story/schema';
import type { ImportOptions, ImportOutcome, ImportProgress, ImportReport, ImportSource } from '../import/types';
import type { Library, StoredStoryMeta } from './library';
import { fetchData, resolveDataUrl } from './dataUrl';
import { importSource, toStory } from './engine';
import { placeEvent, type Place } from './placeEvent';
import { sameRef, type StoryRef } from './storyParams';

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
  | { readonly kind: 'loading'; readonly what: string; readonly progress: ImportProgress | null }
  /** The load failed; the current story stays. */
  | { readonly kind: 'failed'; readonly message: string; readonly report?: ImportReport | null }
  | { readonly kind: 'notice'; readonly message: string };

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

export function createSession(deps: SessionDeps): Session {
  let state: SessionState = { current: null, status: { kind: 'idle' }, stories: [], panel: 'closed', bundledTitle: null };
  let serial = 0;
  let loading: AbortController | null = null;
  const listeners = new Set<() => void>();
  const setState = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };

  /** Runs one load at a time: a new one cancels the one under way. */
  const begin = (what: string) => {
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    let last = 0;
    setState({ status: { kind: 'loading', what, progress: null } });
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

  const fail = (message: string, report: ImportReport | null = null) => setState({ status: { kind: 'failed', message, report } });

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
      fail(`${source.name} could not be imported: ${outcome.message}`, outcome.report);
      return false;
    }
    const story = toStory(outcome.story);
    if (!story.ok) {
      fail(`${source.name} could not be shown: ${story.message}`);
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
            message: `The story is open, but this browser would not keep it (${errorText(e)}): a reload will lose it. Save it as story JSON to keep it.`,
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
      const load = begin(`Reading ${source.name}`);
      try {
        await open(source, load);
      } catch (e) {
        if (load.live()) fail(`${source.name} could not be read: ${errorText(e)}`);
      } finally {
        load.end();
      }
    },
    async openUrl(value) {
      const resolved = resolveDataUrl(value, deps.pageUrl());
      if (!resolved.ok) return fail(resolved.message);
      const load = begin(`Loading ${resolved.url.toString()}`);
      try {
        const origin = new URL(deps.pageUrl()).origin;
        const fetched = await fetchData(resolved.url, { signal: load.signal, onProgress: load.onProgress, pageOrigin: origin, fetch: deps.fetch });
        if (!load.live()) return;
        if (!fetched.ok) return fail(fetched.message);
        await open(fetched.source, load, value);
      } catch (e) {
        if (load.live()) fail(`The story could not be loaded: ${errorText(e)}`);
      } finally {
        load.end();
      }
    },
    async openStored(key) {
      const load = begin('Opening a kept story');
      try {
        const stored = await deps.library.get(key);
        if (!load.live()) return;
        if (!stored) return fail('That story is not kept in this browser: it may have been deleted, or imported in another browser.');
        const story = toStory(stored.story);
        if (!story.ok) return fail(`${stored.name} could not be shown: ${story.message}`);
        publish(
          { kind: 'stored', key },
          { story: story.story, file: story.file, report: stored.report, origin: { kind: 'stored', key, name: stored.name } },
          { status: { kind: 'idle' } },
        );
      } catch (e) {
        if (load.live()) fail(`The kept story could not be opened: ${errorText(e)}`);
      } finally {
        load.end();
      }
    },
    async openBundled() {
      const load = begin('Opening the story');
      try {
        const story = await deps.bundled();
        if (!load.live()) return;
        publish({ kind: 'bundled' }, { story, file: null, report: null, origin: { kind: 'bundled' } }, { status: { kind: 'idle' }, bundledTitle: story.title });
      } catch (e) {
        if (load.live()) fail(`The story could not be loaded: ${errorText(e)}`);
      } finally {
        load.end();
      }
    },
    async remove(key) {
      try {
        await deps.library.remove(key);
      } catch (e) {
        fail(`The story could not be deleted: ${errorText(e)}`);
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
      if (!story.ok) return fail(`The place could not be set: ${story.message}`);
      const updated = { ...current, story: story.story, file: story.file, report: next.report };
      if (current.origin.kind === 'stored') {
        try {
          await deps.library.update(current.origin.key, next.story, next.report);
        } catch (e) {
          setState({ status: { kind: 'notice', message: `The place is set, but this browser would not keep the change (${errorText(e)}).` } });
        }
      }
      publish(refOf(current.origin), updated, {}, false);
    },
    cancel() {
      loading?.abort();
      loading = null;
      setState({ status: { kind: 'failed', message: 'Loading was cancelled; the story on screen stays.' } });
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
