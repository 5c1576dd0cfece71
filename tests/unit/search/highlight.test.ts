import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../src/search/highlight';

const marked = (text: string, terms: string[]) => {
  let out = '';
  let at = 0;
  for (const [s, e] of highlightRanges(text, terms)) {
    out += `${text.slice(at, s)}[${text.slice(s, e)}]`;
    at = e;
  }
  return out + text.slice(at);
};

describe('highlightRanges', () => {
  it('marks folded matches in the original text', () => {
    expect(marked('Düsseldorf couple held', ['dusseldorf'])).toBe('[Düsseldorf] couple held');
    expect(marked('Große Straße', ['strasse'])).toBe('Große [Straße]');
  });

  it('keeps a combining mark with the letter it sits on', () => {
    expect(marked('Cafe\u0301 noir', ['cafe'])).toBe('[Cafe\u0301] noir');
  });

  it('merges overlapping matches of several terms and marks every occurrence', () => {
    expect(marked('raid raided', ['raid', 'aid'])).toBe('[raid] [raid]ed');
  });

  it('marks nothing without terms', () => {
    expect(highlightRanges('anything', [])).toEqual([]);
  });
});
