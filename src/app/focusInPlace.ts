/**
 * Moves focus without letting the browser scroll a host page. Inside an iframe,
 * `focus()` scrolls every ancestor document to the element, so the article the
 * graphic sits in would jump; here only the element's own scroll containers move.
 */
export function focusInPlace(element: HTMLElement | SVGElement) {
  const view = element.ownerDocument.defaultView;
  const framed = view !== null && view.parent !== view;
  element.focus({ preventScroll: framed });
  if (framed) revealInContainers(element);
}

function revealInContainers(element: Element) {
  const root = element.ownerDocument.scrollingElement;
  for (let box = element.parentElement; box && box !== root; box = box.parentElement) {
    if (box.scrollHeight <= box.clientHeight || !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) continue;
    const target = element.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    if (target.top < frame.top) box.scrollTop -= frame.top - target.top;
    else if (target.bottom > frame.bottom) box.scrollTop += Math.min(target.bottom - frame.bottom, target.top - frame.top);
  }
}
