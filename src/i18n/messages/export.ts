import type { Translation } from '../translate';

/** The exported slide image and its button. */
export const en = {
  'export.button': 'Export image',
  'export.busy': 'Exporting…',
  'export.failed': 'The image could not be made: {why}',
  'export.allDates': 'All dates',
  'export.subtitle': '{span} · {count}',
  'export.mapUnavailable': 'The map is not available',
  'export.selected': 'Selected: {title}, {detail}.',
  'export.noCanvas': 'This browser cannot draw on a canvas.',
  'export.noPng': 'the browser could not encode the PNG',
  'export.drawTimeout': 'the map took too long to draw',
} as const;

export const nl: Translation<typeof en> = {
  'export.button': 'Afbeelding exporteren',
  'export.busy': 'Bezig met exporteren…',
  'export.failed': 'De afbeelding kon niet worden gemaakt: {why}',
  'export.allDates': 'Alle datums',
  'export.subtitle': '{span} · {count}',
  'export.mapUnavailable': 'De kaart is niet beschikbaar',
  'export.selected': 'Geselecteerd: {title}, {detail}.',
  'export.noCanvas': 'Deze browser kan niet op een canvas tekenen.',
  'export.noPng': 'de browser kon de PNG niet maken',
  'export.drawTimeout': 'het tekenen van de kaart duurde te lang',
};
