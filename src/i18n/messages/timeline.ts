import type { Translation } from '../translate';

/** The timeline: its controls, the window's sliders and dates, the marks. */
export const en = {
  'timeline.label': 'Timeline',
  'timeline.graphic': 'Events by date and category. Use the window sliders to filter by date.',
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.showAll': 'Show all dates',
  'timeline.zoomIn': 'Zoom in on the timeline',
  'timeline.zoomOut': 'Zoom out on the timeline',
  'timeline.reset': 'Reset zoom',
  'timeline.allDates': 'All dates, {start} – {end}',
  'timeline.windowStart': 'Start of the time window',
  'timeline.windowEnd': 'End of the time window',
  'timeline.allShown': '{date} (all events shown)',
  'timeline.mark': '{title}, {date}, {place}',
  'timeline.notOnMap': 'not on the map',
} as const;

export const nl: Translation<typeof en> = {
  'timeline.label': 'Tijdlijn',
  'timeline.graphic': 'Gebeurtenissen per datum en categorie. Filter op datum met de schuifregelaars van de periode.',
  'timeline.play': 'Afspelen',
  'timeline.pause': 'Pauzeren',
  'timeline.showAll': 'Alle datums tonen',
  'timeline.zoomIn': 'Inzoomen op de tijdlijn',
  'timeline.zoomOut': 'Uitzoomen op de tijdlijn',
  'timeline.reset': 'Zoom herstellen',
  'timeline.allDates': 'Alle datums, {start} – {end}',
  'timeline.windowStart': 'Begin van de periode',
  'timeline.windowEnd': 'Einde van de periode',
  'timeline.allShown': '{date} (alle gebeurtenissen getoond)',
  'timeline.mark': '{title}, {date}, {place}',
  'timeline.notOnMap': 'niet op de kaart',
};
