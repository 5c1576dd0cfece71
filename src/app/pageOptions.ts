/** How the page was asked to look, from flags in its URL. These are read once and never change. */
export interface PageOptions {
  /** Compact chrome for an iframe in an article. */
  readonly embed: boolean;
  /** The host page's name for this embed, echoed in height messages. */
  readonly embedId: string;
  /** Map and timeline only. */
  readonly plain: boolean;
  /** A theme forced by the URL; null follows the reader's system setting. */
  readonly theme: 'light' | 'dark' | null;
}

const ID = /^[\w-]{1,64}$/;

export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const id = params.get('id') ?? '';
  return {
    embed: params.get('embed') === '1',
    embedId: ID.test(id) ? id : 'incident-atlas',
    plain: params.get('plain') === '1',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
  };
}
