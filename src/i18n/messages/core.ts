import type { Translation } from '../translate';

/** Words shared by every part of the interface. Keys are "area.what"; a `{name}` is filled in by `t`. */
export const en = {
  'core.events': { one: '{count} event', other: '{count} events' },
  'core.shownOf': '{shown} of {total}',
  'core.close': 'Close',
  'core.language': 'Language',
  'core.lang.en': 'English',
  'core.lang.nl': 'Nederlands',
} as const;

export const nl: Translation<typeof en> = {
  'core.events': { one: '{count} gebeurtenis', other: '{count} gebeurtenissen' },
  'core.shownOf': '{shown} van {total}',
  'core.close': 'Sluiten',
  'core.language': 'Taal',
  'core.lang.en': 'English',
  'core.lang.nl': 'Nederlands',
};
