import { FACET_KEYS } from '../search/facets';
import { facetParamValues, type UrlState } from './url';

/**
 * The link's own parameters that were there but could not be read (a day not in the calendar,
 * a map view out of range, an event or category the story does not have), in the order they
 * are checked. searchToState leaves them out; this tells the reader that it did.
 */
export function unreadParams(search: string, read: UrlState): string[] {
  const params = new URLSearchParams(search);
  const unread: string[] = [];
  if (params.has('event') && read.selectedId === null) unread.push('event');
  if ((params.has('from') || params.has('to')) && read.window === null) unread.push('from', 'to');
  if (params.has('map') && read.view === null) unread.push('map');
  const hide = new Set((params.get('hide') ?? '').split(',').filter((c) => c !== ''));
  if (hide.size > read.hiddenCategories.size) unread.push('hide');
  for (const key of FACET_KEYS) if (new Set(facetParamValues(params, key)).size > read.facets[key].size) unread.push(key);
  if (params.get('q') && !read.query) unread.push('q');
  if (params.has('lang') && read.lang === null) unread.push('lang');
  return unread;
}
