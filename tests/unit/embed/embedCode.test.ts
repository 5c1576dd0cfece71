// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedCode, embedUrl, type EmbedCodeInput } from '../../../src/embed/embedCode';

const APP = 'https://news.example/graphics/atlas/';
const INPUT: EmbedCodeInput = {
  appUrl: APP,
  search: '?event=transavia-breach&from=2019-01-01&to=2019-12-31',
  id: 'nl-espionage',
  title: 'Chinese espionage in the Netherlands',
  height: 640,
};

/** The page a browser would build from the embed code, as the HTML parser sees it. */
function parse(code: string) {
  const template = document.createElement('template');
  template.innerHTML = code;
  const [iframe, script, ...rest] = [...template.content.children];
  return { iframe, script, rest };
}

const attributes = (element: Element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));

/** What the HTML parser does to any attribute value before it is read back. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');

describe('embedUrl', () => {
  it('keeps the view and sets the embed flag and id', () => {
    expect(embedUrl(INPUT)).toBe('https://news.example/graphics/atlas/?embed=1&id=nl-espionage&event=transavia-breach&from=2019-01-01&to=2019-12-31');
  });

  it('drops the page-level flags the view carried, any old embed id, and the map view', () => {
    const search = '?present=1&chapter=3&event=transavia-breach&plain=1&theme=dark&embed=0&id=old-graphic&hide=raid,cyber&map=5.50/52.1000/4.9000';
    const params = new URL(embedUrl({ ...INPUT, search })).searchParams;
    expect([...params]).toEqual([
      ['embed', '1'],
      ['id', 'nl-espionage'],
      ['event', 'transavia-breach'],
      ['hide', 'raid,cyber'],
    ]);
  });

  it('reads a query string given without its "?"', () => {
    expect(embedUrl({ ...INPUT, search: 'event=transavia-breach' })).toBe(
      'https://news.example/graphics/atlas/?embed=1&id=nl-espionage&event=transavia-breach',
    );
  });

  it('writes only the flags for an empty view', () => {
    expect(embedUrl({ ...INPUT, search: '' })).toBe('https://news.example/graphics/atlas/?embed=1&id=nl-espionage');
  });

  it('keeps the app’s sub-path and drops the app address’s own query and hash', () => {
    const appUrl = 'https://news.example/2024/05/atlas/index.html?utm_source=feed&embed=0#map';
    expect(embedUrl({ ...INPUT, appUrl, search: '?event=transavia-breach' })).toBe(
      'https://news.example/2024/05/atlas/index.html?embed=1&id=nl-espionage&event=transavia-breach',
    );
  });

  it('carries the ?data= story file as a full address, and never a story kept only in this browser', () => {
    const url = new URL(embedUrl({ ...INPUT, search: '?event=EUR1&story=k1&data=old.json', dataUrl: 'stories/acled.json' }));
    expect([...url.searchParams]).toEqual([
      ['embed', '1'],
      ['id', 'nl-espionage'],
      ['data', 'https://news.example/graphics/atlas/stories/acled.json'],
      ['event', 'EUR1'],
    ]);
    expect(new URL(embedUrl({ ...INPUT, dataUrl: 'https://data.example/a.csv' })).searchParams.get('data')).toBe('https://data.example/a.csv');
    expect(new URL(embedUrl({ ...INPUT, search: '?story=k1', dataUrl: null })).searchParams.has('story')).toBe(false);
  });

  it('keeps every view parameter and no page-level flag, whatever the values (property)', () => {
    const VIEW = ['event', 'from', 'to', 'hide'];
    const FLAGS = ['present', 'chapter', 'plain', 'theme', 'embed', 'id', 'map', 'data', 'story'];
    const entries = fc.uniqueArray(fc.tuple(fc.constantFrom(...VIEW, ...FLAGS), fc.string()), { selector: ([key]) => key });
    fc.assert(
      fc.property(entries, fc.constantFrom('', '?'), (pairs, prefix) => {
        const url = new URL(embedUrl({ ...INPUT, search: prefix + new URLSearchParams(pairs).toString() }));
        expect(url.origin + url.pathname).toBe(APP);
        expect(url.hash).toBe('');
        const expected = [['embed', '1'], ['id', 'nl-espionage'], ...pairs.filter(([key]) => VIEW.includes(key))];
        expect([...url.searchParams]).toEqual(expected);
      }),
    );
  });
});

describe('embedCode', () => {
  it('writes an iframe and the resizer script, one per line', () => {
    expect(embedCode(INPUT).split('\n')).toEqual([
      '<iframe data-incident-atlas src="https://news.example/graphics/atlas/?embed=1&amp;id=nl-espionage&amp;event=transavia-breach&amp;from=2019-01-01&amp;to=2019-12-31" title="Chinese espionage in the Netherlands" scrolling="no" style="width:0;min-width:100%;border:none" height="640" loading="lazy"></iframe>',
      '<script async src="https://news.example/graphics/atlas/embed.js"></script>',
    ]);
  });

  it('gives the browser an iframe of the embed URL that the resizer can find, and the script beside the app', () => {
    const { iframe, script, rest } = parse(embedCode(INPUT));
    expect(rest).toEqual([]);
    expect(iframe.matches('iframe[data-incident-atlas]')).toBe(true);
    expect(iframe.getAttribute('src')).toBe(embedUrl(INPUT));
    expect(script.tagName).toBe('SCRIPT');
    expect(script.getAttribute('src')).toBe('https://news.example/graphics/atlas/embed.js');
    expect(script.hasAttribute('async')).toBe(true);
  });

  it('serves the script from the app’s folder when the app address names a page, a query and a hash', () => {
    const { script } = parse(embedCode({ ...INPUT, appUrl: 'https://news.example/2024/05/atlas/index.html?utm_source=feed#map' }));
    expect(script.getAttribute('src')).toBe('https://news.example/2024/05/atlas/embed.js');
  });

  it('rounds the height to whole pixels', () => {
    expect(parse(embedCode({ ...INPUT, height: 639.6 })).iframe.getAttribute('height')).toBe('640');
  });

  it('keeps a title with quotes, ampersands and markup inside its attribute', () => {
    const title = 'Spies & "friends" <script>alert(1)</script>\' onload="alert(2)';
    const { iframe, rest } = parse(embedCode({ ...INPUT, title }));
    expect(rest).toEqual([]);
    expect(iframe.getAttribute('title')).toBe(title);
    expect(iframe.hasAttribute('onload')).toBe(false);
  });

  it('lets no title or view break out of its attribute (property)', () => {
    const nasty = fc.string({ unit: fc.constantFrom('"', "'", '<', '>', '&', '=', '/', ' ', 'a', ';', '#', 'quot', 'lt') });
    const text = fc.oneof(fc.string({ unit: 'binary' }), nasty);
    fc.assert(
      fc.property(text, text, (title, event) => {
        const input = { ...INPUT, title, search: new URLSearchParams({ event }).toString() };
        const { iframe, script, rest } = parse(embedCode(input));
        expect(rest).toEqual([]);
        expect(attributes(iframe)).toEqual({
          'data-incident-atlas': '',
          src: embedUrl(input),
          title: asParsed(title),
          scrolling: 'no',
          style: 'width:0;min-width:100%;border:none',
          height: '640',
          loading: 'lazy',
        });
        expect(attributes(script)).toEqual({ async: '', src: 'https://news.example/graphics/atlas/embed.js' });
      }),
    );
  });
});
