// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Not `new URL(…, import.meta.url)`: for a browser environment Vite rewrites that into a served address.
const RESIZER = readFileSync(join(import.meta.dirname, '../../../public/embed.js'), 'utf8');

type HostWindow = Window & typeof globalThis;

/** A fresh host page for each test, so the script's "already running" flag starts unset. */
let page: HTMLIFrameElement;
let host: HostWindow;

beforeEach(() => {
  page = document.createElement('iframe');
  document.body.append(page);
  if (!page.contentWindow) throw new Error('jsdom gave the host page no window');
  host = page.contentWindow as HostWindow;
});

afterEach(() => {
  page.remove();
  vi.restoreAllMocks();
});

/** An iframe on the host page, an embed of ours unless `ours` is false. */
function frame(ours = true): HTMLIFrameElement & { contentWindow: Window } {
  const element = host.document.createElement('iframe');
  if (ours) element.setAttribute('data-incident-atlas', '');
  host.document.body.append(element);
  if (!element.contentWindow) throw new Error('jsdom gave the iframe no window');
  return element as HTMLIFrameElement & { contentWindow: Window };
}

const runResizer = () => host.eval(RESIZER);
const post = (data: unknown, source: Window) => host.dispatchEvent(new host.MessageEvent('message', { data, source }));
const datawrapper = (height: unknown) => ({ 'datawrapper-height': { 'nl-espionage': height } });
const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });

describe('embed.js', () => {
  it('sizes only the iframe a Datawrapper-shaped message came from', () => {
    const [a, b] = [frame(), frame()];
    runResizer();
    post(datawrapper(480), a.contentWindow);
    expect([a.style.height, b.style.height]).toEqual(['480px', '']);
  });

  it('understands AMP-shaped messages, and rounds up to whole pixels', () => {
    const [a, b] = [frame(), frame()];
    runResizer();
    post(amp(731.2), b.contentWindow);
    expect([a.style.height, b.style.height]).toEqual(['', '732px']);
  });

  it('follows each new height', () => {
    const a = frame();
    runResizer();
    post(datawrapper(480), a.contentWindow);
    post(amp(300), a.contentWindow);
    expect(a.style.height).toBe('300px');
  });

  it('sizes an embed added to the page after the script ran', () => {
    runResizer();
    const late = frame();
    post(datawrapper(480), late.contentWindow);
    expect(late.style.height).toBe('480px');
  });

  it('ignores messages from anything but our iframes', () => {
    const [a, plain] = [frame(), frame(false)];
    runResizer();
    post(datawrapper(480), host);
    post(amp(480), plain.contentWindow);
    expect([a.style.height, plain.style.height]).toEqual(['', '']);
  });

  it('ignores heights that are not numbers, not positive, or absurd', () => {
    const a = frame();
    runResizer();
    for (const height of ['480', '480px', null, undefined, Number.NaN, 0, -480, 20001, Number.POSITIVE_INFINITY]) {
      post(datawrapper(height), a.contentWindow);
      post(amp(height), a.contentWindow);
    }
    expect(a.style.height).toBe('');
    post(amp(20000), a.contentWindow);
    expect(a.style.height).toBe('20000px');
  });

  it('ignores messages of other shapes', () => {
    const a = frame();
    runResizer();
    for (const data of [
      480,
      'datawrapper-height',
      null,
      { height: 480 },
      { type: 'embed-size', height: 480 },
      { 'datawrapper-height': 480 },
      { 'datawrapper-height': {} },
      { 'datawrapper-height': [480] },
      { 'datawrapper-height': { a: 480, b: 480 } },
      { 'datawrapper-height': { 'not an id!': 480 } },
      { 'datawrapper-height': { 'nl-espionage': [480] } },
      { 'datawrapper-height': { 'nl-espionage': 480 }, extra: 1 },
      [{ 'datawrapper-height': { 'nl-espionage': 480 } }],
      { sentinel: 'amp', type: 'embed-size', height: [480] },
      { sentinel: 'amp', type: 'embed-size', height: 480, extra: 1 },
      { sentinel: 'amp', type: 'other', height: 480 },
      Object.assign(Object.create({ inherited: true }), { 'datawrapper-height': { 'nl-espionage': 480 } }),
    ]) {
      post(data, a.contentWindow);
    }
    expect(a.style.height).toBe('');
  });

  it('handles each message once when a page includes the script twice', () => {
    const a = frame();
    runResizer();
    runResizer();
    const setHeight = vi.spyOn(a.style, 'height', 'set');
    post(datawrapper(480), a.contentWindow);
    expect(setHeight.mock.calls).toEqual([['480px']]);
  });
});
