import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToText } from '../../../src/import/html';

describe('htmlToText', () => {
  it('decodes entities and drops tags, keeping their text', () => {
    expect(htmlToText('<p>Tom &amp; Jerry&#39;s <b>big</b> day&nbsp;out &eacute;</p>')).toBe("Tom & Jerry's big day out é");
  });

  it('ends lines at block elements', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three</p><ul><li>a</li><li>b</li></ul>')).toBe('One\nTwo\nThree\na\nb');
  });

  it('drops what a reader never sees: scripts, styles, comments', () => {
    expect(htmlToText('A<script>alert(1)</script><style>p{}</style><!-- note -->B')).toBe('AB');
    expect(htmlToText('<img src=x onerror=alert(1)>Caption')).toBe('Caption');
  });

  it('leaves plain text alone, and a lone "<" that opens no tag', () => {
    expect(htmlToText('  Plain text.  ')).toBe('Plain text.');
    expect(htmlToText('a < b')).toBe('a < b');
  });

  it('keeps an escaped tag as the text it shows', () => {
    expect(htmlToText('Use &lt;b&gt; for bold')).toBe('Use <b> for bold');
  });

  it('never returns a tag that was written as one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('<b>', '</b>', '<script>', '</script>', '<p class="x">', '<', '>', '&amp;'), fc.string()), { maxLength: 20 }),
        (parts) => {
          expect(htmlToText(parts.join(''))).not.toMatch(/<\/?(b|p|script)[\s>]/);
        },
      ),
    );
  });
});
