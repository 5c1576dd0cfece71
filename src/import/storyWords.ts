import { LANGS, DEFAULT_LANG, translatorFor, type Lang } from '../i18n';
import type { StoryFile, StoryTranslation } from '../story/schema';
import type { RowDraft } from './draft';
import { slugify } from './slug';
import type { ImportFormat } from './types';

/** The category of rows that name none; its label is the import's own word (see storyWords). */
export const UNCATEGORISED = 'uncategorised';

type Meta = Omit<StoryFile, 'events' | 'categories' | 'relations' | 'chapters'>;

/**
 * The story's own fields for an imported file: its name, where the data came from, today. An
 * import has no source article. What the file does not say, the import says in every language
 * the app speaks: English as written, the others as the story's translations, so the words
 * follow the reader's language switch like the rest of the interface.
 */
export function storyMeta(name: string, format: ImportFormat, today: string, titleSlide: RowDraft | null, uncategorised: boolean, given?: Partial<Meta>): Meta {
  const base = name.replace(/\.[a-z0-9]+$/i, '');
  // A field the file gives counts even when empty: an exported story says "no standfirst" that way.
  const writesTitle = !given?.title && !titleSlide?.title && !base;
  const writesStandfirst = given?.standfirst === undefined && !titleSlide?.extras.summary;
  const writesCredits = given?.credits === undefined;
  // Only what the import writes itself is put into words per language; the file's own words stay as written.
  const words = (lang: Lang): StoryTranslation => {
    const { t } = translatorFor(lang);
    return {
      ...(writesTitle && { title: t('imported.title') }),
      ...(writesStandfirst && { standfirst: t('imported.standfirst', { name }) }),
      ...(writesCredits && { credits: t(`imported.credits.${format}`) }),
      ...(uncategorised && { categories: { [UNCATEGORISED]: t('imported.uncategorised') } }),
    };
  };
  const english = words(DEFAULT_LANG);
  const title = titleSlide?.title || base || (english.title as string);
  const translations = LANGS.filter((lang) => lang !== DEFAULT_LANG)
    .map((lang) => [lang, words(lang)] as const)
    .filter(([, w]) => Object.keys(w).length > 0);
  return {
    id: slugify(base || title, 'story'),
    title,
    standfirst: titleSlide?.extras.summary || english.standfirst,
    credits: english.credits,
    updated: today,
    ...(translations.length && { translations: Object.fromEntries(translations) }),
    ...given,
  };
}
