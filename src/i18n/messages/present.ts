import type { Translation } from '../translate';

/** Presenter mode: the chapter card and the deck's controls. */
export const en = {
  'present.label': 'Presentation',
  'present.counter': 'Chapter {chapter} of {count}',
  'present.show': 'Show the chapter',
  'present.hide': 'Hide the chapter',
  'present.announce': 'Chapter {chapter} of {count}: {title}',
  'present.events': 'Events in this chapter',
  'present.previous': '← Previous',
  'present.next': 'Next →',
  'present.goTo': 'Go to chapter',
  'present.auto': 'Auto-advance',
  'present.pause': 'Pause auto-advance',
  'present.exit': 'Exit presentation',
} as const;

export const nl: Translation<typeof en> = {
  'present.label': 'Presentatie',
  'present.counter': 'Hoofdstuk {chapter} van {count}',
  'present.show': 'Hoofdstuk tonen',
  'present.hide': 'Hoofdstuk verbergen',
  'present.announce': 'Hoofdstuk {chapter} van {count}: {title}',
  'present.events': 'Gebeurtenissen in dit hoofdstuk',
  'present.previous': '← Vorige',
  'present.next': 'Volgende →',
  'present.goTo': 'Naar hoofdstuk',
  'present.auto': 'Automatisch verder',
  'present.pause': 'Automatisch verder pauzeren',
  'present.exit': 'Presentatie verlaten',
};
