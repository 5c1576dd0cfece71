import type { Translation } from '../translate';

/** Messages for faults: a part of the page that failed, a lost graphics context, a link that could not be read. */
export const en = {
  'harden.failed.map': 'The map could not be shown.',
  'harden.failed.timeline': 'The timeline could not be shown.',
  'harden.failed.event': 'This event could not be shown.',
  'harden.failed.list': 'The list of events could not be shown.',
  'harden.failed.legend': 'The categories could not be shown.',
  'harden.failed.stories': 'Something went wrong in this window. Your kept stories are not affected.',
  'harden.failed.rest': 'The rest of the page still works.',
  'harden.retry': 'Try again',
  'harden.mapFailed': 'Simplified map: the interactive map ran into an error.',
  'harden.contextLost': 'Simplified map: the device stopped drawing the interactive map. It comes back when the device allows.',
  'harden.urlIgnored': 'Part of this link could not be read, so the map opens as usual.',
} as const;

export const nl: Translation<typeof en> = {
  'harden.failed.map': 'De kaart kan niet worden getoond.',
  'harden.failed.timeline': 'De tijdlijn kan niet worden getoond.',
  'harden.failed.event': 'Deze gebeurtenis kan niet worden getoond.',
  'harden.failed.list': 'De lijst met gebeurtenissen kan niet worden getoond.',
  'harden.failed.legend': 'De categorieën kunnen niet worden getoond.',
  'harden.failed.stories': 'Er ging iets mis in dit venster. Je bewaarde verhalen blijven gewoon bewaard.',
  'harden.failed.rest': 'De rest van de pagina werkt nog.',
  'harden.retry': 'Opnieuw proberen',
  'harden.mapFailed': 'Vereenvoudigde kaart: de interactieve kaart liep vast op een fout.',
  'harden.contextLost': 'Vereenvoudigde kaart: het apparaat tekent de interactieve kaart even niet. Hij komt terug zodra het apparaat dat toelaat.',
  'harden.urlIgnored': 'Een deel van deze link kon niet worden gelezen, dus de kaart opent zoals gewoonlijk.',
};
