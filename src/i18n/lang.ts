/** The languages the interface speaks, in the order a reader's preference is matched. */
export const LANGS = ['en', 'nl'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';

/** BCP 47 tags for Intl and `<html lang>`. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language to show: `?lang=` first, then the browser's languages in order, then English.
 * A region ("nl-BE") counts as its language; an unknown `?lang=` is ignored rather than obeyed.
 */
export function chooseLang(param: string | null, browserLangs: readonly string[]): Lang {
  if (isLang(param)) return param;
  for (const tag of browserLangs) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
