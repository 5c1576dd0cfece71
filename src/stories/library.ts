import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { StoryFile } from '../story/schema';
import type { ImportReport } from '../import/types';

/**
 * The reader's imported stories, kept in this browser's IndexedDB and nowhere else.
 * An index of small entries lists them without reading every story; each story is its own record.
 */

export interface StoredStoryMeta {
  readonly key: string;
  /** The file name it was imported from, or "Pasted text". */
  readonly name: string;
  readonly title: string;
  /** ISO 8601 time of the import or the last change. */
  readonly savedAt: string;
  readonly events: number;
}

export interface StoredStory extends StoredStoryMeta {
  readonly story: StoryFile;
  readonly report: ImportReport | null;
}

export interface Library {
  /** Newest first. */
  list(): Promise<StoredStoryMeta[]>;
  get(key: string): Promise<StoredStory | undefined>;
  save(entry: { name: string; story: StoryFile; report: ImportReport | null }): Promise<StoredStory>;
  update(key: string, story: StoryFile, report: ImportReport | null): Promise<StoredStory | undefined>;
  remove(key: string): Promise<void>;
}

const INDEX = 'index';
const recordKey = (key: string) => `story:${key}`;

const metaOf = ({ key, name, title, savedAt, events }: StoredStory): StoredStoryMeta => ({ key, name, title, savedAt, events });

export function createLibrary(store: UseStore = createStore('incident-atlas', 'stories'), now: () => Date = () => new Date()): Library {
  const putIndex = (meta: StoredStoryMeta) => update<StoredStoryMeta[]>(INDEX, (old = []) => [meta, ...old.filter((m) => m.key !== meta.key)], store);
  const write = async (entry: StoredStory) => {
    await set(recordKey(entry.key), entry, store);
    await putIndex(metaOf(entry));
    return entry;
  };
  return {
    async list() {
      const index = (await get<StoredStoryMeta[]>(INDEX, store)) ?? [];
      return [...index].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    get: (key) => get<StoredStory>(recordKey(key), store),
    save({ name, story, report }) {
      const key = `${now().getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      return write({ key, name, title: story.title, savedAt: now().toISOString(), events: story.events.length, story, report });
    },
    async update(key, story, report) {
      const old = await get<StoredStory>(recordKey(key), store);
      if (!old) return undefined;
      return write({ ...old, title: story.title, savedAt: now().toISOString(), events: story.events.length, story, report });
    },
    async remove(key) {
      await del(recordKey(key), store);
      await update<StoredStoryMeta[]>(INDEX, (old = []) => old.filter((m) => m.key !== key), store);
    },
  };
}
