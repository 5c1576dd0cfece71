import type { Translation } from '../translate';

/** Dates in words and how precisely they are known. A `{year}` is given as text, never grouped as a number. */
export const en = {
  'time.season.1': 'spring {year}',
  'time.season.2': 'summer {year}',
  'time.season.3': 'autumn {year}',
  'time.season.4': 'winter {year}',
  'time.quarter.1': 'early {year}',
  'time.quarter.2': 'second quarter of {year}',
  'time.quarter.3': 'third quarter of {year}',
  'time.quarter.4': 'late {year}',
  'time.about': 'about {date}',
  'time.uncertain': '{date} (uncertain)',
  'time.to.day': 'to the day',
  'time.to.month': 'to the month',
  'time.to.season': 'to the season',
  'time.to.quarter': 'to the quarter',
  'time.to.year': 'to the year',
  'time.known': 'Date known {precision}',
  'time.knownSpan': 'Start known {start}, end {end}',
  'time.approximate': '{text}, approximate',
} as const;

export const nl: Translation<typeof en> = {
  'time.season.1': 'voorjaar {year}',
  'time.season.2': 'zomer {year}',
  'time.season.3': 'najaar {year}',
  'time.season.4': 'winter {year}',
  'time.quarter.1': 'begin {year}',
  'time.quarter.2': 'tweede kwartaal van {year}',
  'time.quarter.3': 'derde kwartaal van {year}',
  'time.quarter.4': 'eind {year}',
  'time.about': 'ca. {date}',
  'time.uncertain': '{date} (onzeker)',
  'time.to.day': 'tot op de dag',
  'time.to.month': 'tot op de maand',
  'time.to.season': 'tot op het seizoen',
  'time.to.quarter': 'tot op het kwartaal',
  'time.to.year': 'tot op het jaar',
  'time.known': 'Datum bekend {precision}',
  'time.knownSpan': 'Begin bekend {start}, einde {end}',
  'time.approximate': '{text}, bij benadering',
};
