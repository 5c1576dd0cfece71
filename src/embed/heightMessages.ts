/** The messages a host page's resizer understands: Datawrapper's and AMP's shapes. */
export function heightMessages(id: string, height: number): unknown[] {
  return [{ 'datawrapper-height': { [id]: height } }, { sentinel: 'amp', type: 'embed-size', height }];
}

/**
 * Inside an iframe, tells the parent page the height of `content` whenever it
 * changes, so the iframe can be exactly as tall as the graphic. Returns a stop function.
 */
export function reportHeight(id: string, content: HTMLElement): () => void {
  const view = content.ownerDocument.defaultView;
  if (!view || view.parent === view) return () => {};
  let last = 0;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The host may be any site; the messages carry nothing but a height.
    for (const message of heightMessages(id, height)) view.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => observer.disconnect();
}
