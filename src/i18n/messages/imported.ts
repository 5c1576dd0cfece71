import type { Translation } from '../translate';

/** The words an import writes into a story when the file gives none: kept in every language (see import/storyWords.ts). */
export const en = {
  'imported.title': 'Imported story',
  'imported.standfirst': 'Imported from {name}.',
  'imported.uncategorised': 'Uncategorised',
  'imported.credits.acled': 'Data: Armed Conflict Location & Event Data (ACLED), acleddata.com',
  'imported.credits.timelinejs': 'Imported from a TimelineJS sheet',
  'imported.credits.csv-template': 'Imported from a sheet',
  'imported.credits.geojson': 'Imported from GeoJSON',
  'imported.credits.story-json': 'Imported story',
} as const;

export const nl: Translation<typeof en> = {
  'imported.title': 'Geïmporteerd verhaal',
  'imported.standfirst': 'Geïmporteerd uit {name}.',
  'imported.uncategorised': 'Zonder categorie',
  'imported.credits.acled': 'Data: Armed Conflict Location & Event Data (ACLED), acleddata.com',
  'imported.credits.timelinejs': 'Geïmporteerd uit een TimelineJS-sheet',
  'imported.credits.csv-template': 'Geïmporteerd uit een spreadsheet',
  'imported.credits.geojson': 'Geïmporteerd uit GeoJSON',
  'imported.credits.story-json': 'Geïmporteerd verhaal',
};
