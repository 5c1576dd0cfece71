/**
 * Which story a page shows is part of its address, so that a reload, a bookmark and Back keep it:
 * `?data=<url>` for a published story file, `?story=<key>` for one kept in this browser.
 * No parameter means the bundled story.
 */

export type StoryRef = { readonly kind: 'bundled' } | { readonly kind: 'url'; readonly url: string } | { readonly kind: 'stored'; readonly key: string };

/** Parameters that describe a view of one story; they mean nothing in another. */
const VIEW_KEYS = ['event', 'from', 'to', 'hide', 'map', 'present', 'chapter'];

const KEY = /^[a-z0-9-]{1,40}$/;

/** The story a query string asks for; `data` wins over `story`. */
export function storyRefOf(search: string): StoryRef {
  const params = new URLSearchParams(search);
  const data = params.get('data')?.trim();
  if (data) return { kind: 'url', url: data };
  const key = params.get('story');
  return key && KEY.test(key) ? { kind: 'stored', key } : { kind: 'bundled' };
}

/** The query string for opening another story: its reference, the page flags (embed, theme…), no view. */
export function searchForStory(search: string, ref: StoryRef): string {
  const params = new URLSearchParams(search);
  for (const key of ['data', 'story', ...VIEW_KEYS]) params.delete(key);
  if (ref.kind === 'url') params.set('data', ref.url);
  if (ref.kind === 'stored') params.set('story', ref.key);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const sameRef = (a: StoryRef, b: StoryRef) =>
  a.kind === b.kind && (a.kind !== 'url' || a.url === (b as typeof a).url) && (a.kind !== 'stored' || a.key === (b as typeof a).key);
