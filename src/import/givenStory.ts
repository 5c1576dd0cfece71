import type { ChapterFile, RelationFile } from '../story/schema';
import type { GivenStory } from './assemble';
import { isObject } from './json';

/** Read one by one; every other top-level field passes through to loadStory, which checks it. */
const LISTS = new Set(['events', 'categories', 'relations', 'chapters']);

/** What a story JSON file says beyond its events, keeping only entries of the right shape. */
export function givenStory(json: Record<string, unknown>): GivenStory {
  const list = (key: string) => (Array.isArray(json[key]) ? (json[key] as unknown[]).filter(isObject) : []);
  const categories = list('categories')
    .filter((c) => typeof c.id === 'string')
    .map((c) => ({ id: c.id as string, label: typeof c.label === 'string' && c.label ? c.label : (c.id as string) }));
  const relations = list('relations').filter((r) => typeof r.from === 'string' && typeof r.to === 'string') as unknown as RelationFile[];
  const chapters = list('chapters').filter((c) => Array.isArray(c.events)) as unknown as ChapterFile[];
  const meta = Object.fromEntries(Object.entries(json).filter(([k]) => !LISTS.has(k))) as GivenStory['meta'];
  return { meta, categories, relations, chapters };
}
