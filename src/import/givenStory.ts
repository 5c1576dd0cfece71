import type { ChapterFile, RelationFile } from '../story/schema';
import type { GivenStory } from './assemble';
import { isObject } from './json';

const META = ['id', 'title', 'standfirst', 'article', 'credits', 'updated', 'home'] as const;

/** What a story JSON file says beyond its events, keeping only entries of the right shape. */
export function givenStory(json: Record<string, unknown>): GivenStory {
  const list = (key: string) => (Array.isArray(json[key]) ? (json[key] as unknown[]).filter(isObject) : []);
  const categories = list('categories')
    .filter((c) => typeof c.id === 'string')
    .map((c) => ({ id: c.id as string, label: typeof c.label === 'string' && c.label ? c.label : (c.id as string) }));
  const relations = list('relations').filter((r) => typeof r.from === 'string' && typeof r.to === 'string') as unknown as RelationFile[];
  const chapters = list('chapters').filter((c) => Array.isArray(c.events)) as unknown as ChapterFile[];
  const meta = Object.fromEntries(META.filter((k) => json[k] !== undefined).map((k) => [k, json[k]])) as GivenStory['meta'];
  return { meta, categories, relations, chapters };
}
