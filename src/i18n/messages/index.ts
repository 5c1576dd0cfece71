import type { Lang } from '../lang';
import type { Translation } from '../translate';
import * as core from './core';
import * as harden from './harden';

/**
 * The whole catalogue, merged from one file per part of the interface so that parts can grow side by side.
 * To add a part: write `messages/<part>.ts` exporting `en` (`as const`) and `nl: Translation<typeof en>`, then
 * spread both below. A key missing from a translation fails the type check.
 */
export const en = { ...core.en, ...harden.en };

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue & string;

export const catalogues: Record<Lang, Translation<Catalogue>> = {
  en,
  nl: { ...core.nl, ...harden.nl },
};
