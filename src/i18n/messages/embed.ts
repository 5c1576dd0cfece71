import type { Translation } from '../translate';

/** The Embed button and its dialog. */
export const en = {
  'embed.button': 'Embed',
  'embed.title': 'Embed this view',
  'embed.intro': 'Paste this into an article. It keeps the selected event, the time window and the filters, and resizes itself to fit the column.',
  'embed.localBefore':
    'This story is kept only in this browser, so the code below shows the app’s own story. To embed it, save it as story JSON (Stories menu, its report), publish the file next to the app and open it with',
  'embed.localAfter': '; the Embed button then gives code for it.',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied to the clipboard.',
  'embed.blocked': 'Copying is blocked here: select the code and copy it.',
} as const;

export const nl: Translation<typeof en> = {
  'embed.button': 'Insluiten',
  'embed.title': 'Deze weergave insluiten',
  'embed.intro':
    'Plak dit in een artikel. De gekozen gebeurtenis, de periode en de filters blijven behouden, en de kaart past zich aan de breedte van de kolom aan.',
  'embed.localBefore':
    'Dit verhaal staat alleen in deze browser, dus de code hieronder toont het eigen verhaal van de app. Om het in te sluiten: bewaar het als verhaal-JSON (menu Verhalen, het verslag), zet het bestand naast de app en open het met',
  'embed.localAfter': '; de knop Insluiten geeft dan code voor dat verhaal.',
  'embed.code': 'Insluitcode',
  'embed.copy': 'Code kopiëren',
  'embed.copied': 'Gekopieerd naar het klembord.',
  'embed.blocked': 'Kopiëren is hier geblokkeerd: selecteer de code en kopieer die zelf.',
};
