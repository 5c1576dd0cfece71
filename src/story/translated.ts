import type { Lang } from '../i18n/lang';
import type { Story } from './model';

const cache = new WeakMap<Story, Map<Lang, Story>>();

/**
 * The story with its own words (title, standfirst, credits, category labels, chapter titles and texts,
 * relation kinds) in `lang` where it carries them, and as written elsewhere. Events are shared
 * with the original, so everything keyed by event stays valid; the same story and language give
 * the same object, so memoized selectors keep their results.
 */
export function translated(story: Story, lang: Lang): Story {
  const words = story.translations?.[lang];
  if (!words) return story;
  let byLang = cache.get(story);
  if (!byLang) cache.set(story, (byLang = new Map()));
  let result = byLang.get(lang);
  if (!result) {
    const { categories = {}, chapters = {}, relationKinds = {} } = words;
    result = {
      ...story,
      title: words.title ?? story.title,
      standfirst: words.standfirst ?? story.standfirst,
      credits: words.credits ?? story.credits,
      categories: story.categories.map((c) => (Object.hasOwn(categories, c.id) ? { ...c, label: categories[c.id] } : c)),
      chapters: story.chapters.map((c) => (Object.hasOwn(chapters, c.id) ? { ...c, ...chapters[c.id] } : c)),
      relations: story.relations.map((r) => (Object.hasOwn(relationKinds, r.kind) ? { ...r, kind: relationKinds[r.kind] } : r)),
    };
    byLang.set(lang, result);
  }
  return result;
}
