import type { UrlState } from './url';

/**
 * The link's own parameters that were there but could not be read (a day not in the calendar,
 * a map view out of range, an event or category the story does not have), in the order they
 * are checked. searchToState leaves them out; this tells the reader that it did.
 */
export function unreadParams(search: string, read: UrlState, categories: ReadonlySet<string>): string[] {
  const params = new URLSearchParams(search);
  const unread: string[] = [];
  if (params.has('event') && read.selectedId === null) unread.push('event');
  if ((params.has('from') || params.has('to')) && read.window === null) unread.push('from', 'to');
  if (params.has('map') && read.view === null) unread.push('map');
  const hide = params.get('hide');
  if (hide !== null && hide.split(',').some((c) => !categories.has(c))) unread.push('hide');
  if (params.has('lang') && read.lang === null) unread.push('lang');
  return unread;
}
