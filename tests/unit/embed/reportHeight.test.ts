// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heightMessages, reportHeight } from '../../../src/embed/heightMessages';

/** jsdom has no ResizeObserver: this one lets a test say when the size changed. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  readonly observed: Element[] = [];
  connected = true;
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  unobserve() {}
  disconnect() {
    this.connected = false;
  }
  resize() {
    if (this.connected) this.callback();
  }
}

function observer(): FakeResizeObserver {
  if (!FakeResizeObserver.last) throw new Error('reportHeight made no ResizeObserver');
  return FakeResizeObserver.last;
}

let frame: HTMLIFrameElement;
/** The embed's document, inside `frame`. */
let inner: Document;
/** The page around the embed: jsdom's own top-level window, not Vitest's global stand-in for it. */
let outer: Window;

beforeEach(() => {
  FakeResizeObserver.last = null;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  frame = document.createElement('iframe');
  document.body.append(frame);
  if (!frame.contentWindow || !frame.contentDocument) throw new Error('jsdom gave the iframe no window');
  inner = frame.contentDocument;
  outer = frame.contentWindow.parent;
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A content element in `doc` whose height the test controls. */
function content(doc: Document) {
  const element = doc.createElement('div');
  doc.body.append(element);
  const size = { height: 0 };
  vi.spyOn(element, 'getBoundingClientRect').mockImplementation(() => DOMRect.fromRect({ width: 600, height: size.height }));
  return { element, size };
}

describe('reportHeight', () => {
  it('posts nothing from a page that is not in a frame', () => {
    const { element, size } = content(document);
    const view = element.ownerDocument.defaultView;
    if (!view) throw new Error('the test document has no window');
    expect(view.parent).toBe(view);
    const post = vi.spyOn(view, 'postMessage').mockImplementation(() => {});
    size.height = 500;
    const stop = reportHeight('nl-espionage', element);
    FakeResizeObserver.last?.resize();
    stop();
    expect(post).not.toHaveBeenCalled();
  });

  it('tells the parent page the height, rounded up, in both shapes', () => {
    const post = vi.spyOn(outer, 'postMessage').mockImplementation(() => {});
    const { element, size } = content(inner);
    size.height = 480.2;
    reportHeight('nl-espionage', element);
    expect(observer().observed).toEqual([element]);
    expect(post.mock.calls).toEqual(heightMessages('nl-espionage', 481).map((message) => [message, '*']));
  });

  it('posts again only when the height changes', () => {
    const post = vi.spyOn(outer, 'postMessage').mockImplementation(() => {});
    const { element, size } = content(inner);
    size.height = 480;
    reportHeight('nl-espionage', element);
    observer().resize();
    expect(post).toHaveBeenCalledTimes(2);
    size.height = 731;
    observer().resize();
    observer().resize();
    expect(post.mock.calls.slice(2)).toEqual(heightMessages('nl-espionage', 731).map((message) => [message, '*']));
  });

  it('stops observing when stopped', () => {
    vi.spyOn(outer, 'postMessage').mockImplementation(() => {});
    const stop = reportHeight('nl-espionage', content(inner).element);
    expect(observer().connected).toBe(true);
    stop();
    expect(observer().connected).toBe(false);
  });
});
