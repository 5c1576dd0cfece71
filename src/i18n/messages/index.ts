import type { Lang } from '../lang';
import type { Translation } from '../translate';
import * as core from './core';
import * as search from './search';
import * as imported from './imported';
import * as app from './app';
import * as panel from './panel';
import * as time from './time';
import * as timeline from './timeline';
import * as map from './map';
import * as exportImage from './export';
import * as present from './present';
import * as embed from './embed';
import * as problems from './problems';
import * as stories from './stories';
import * as harden from './harden';

/**
 * The whole catalogue, merged from one file per part of the interface so that parts can grow side by side.
 * To add a part: write `messages/<part>.ts` exporting `en` (`as const`) and `nl: Translation<typeof en>`, then
 * spread both below. A key missing from a translation fails the type check.
 */
export const en = {
  ...core.en,
  ...app.en,
  ...panel.en,
  ...time.en,
  ...timeline.en,
  ...map.en,
  ...exportImage.en,
  ...present.en,
  ...embed.en,
  ...problems.en,
  ...stories.en,
  ...harden.en,
  ...search.en,
  ...imported.en,
};

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue & string;

export const catalogues: Record<Lang, Translation<Catalogue>> = {
  en,
  nl: {
    ...core.nl,
    ...app.nl,
    ...panel.nl,
    ...time.nl,
    ...timeline.nl,
    ...map.nl,
    ...exportImage.nl,
    ...present.nl,
    ...embed.nl,
    ...problems.nl,
    ...stories.nl,
    ...harden.nl,
    ...search.nl,
    ...imported.nl,
  },
};
