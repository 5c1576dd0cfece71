/**
 * Text as search compares it: decomposed (NFD), combining marks dropped, lower case, and the
 * few Latin letters that carry no separable mark spelled out, so "dusseldorf" finds "Düsseldorf"
 * and "oresund" finds "Øresund". Folding a string and folding it one code point at a time give
 * the same result, which is what lets highlight.ts map matches back onto the original text.
 */

const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ς: 'σ' };
const LETTER = /[ßøæœłđðþıς]/g;
const MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(LETTER, (c) => LETTERS[c]);
}

/** The words of a query, folded; control characters (the index's separator among them) are spaces. */
export function queryTerms(query: string): string[] {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const words = fold(query.replace(/[\u0000-\u001f\u007f]/g, ' ')).split(/\s+/);
  return [...new Set(words.filter(Boolean))];
}
