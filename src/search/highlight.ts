import { fold } from './fold';

/** A stretch of text, as UTF-16 indices: start included, end excluded. */
export type Range = readonly [start: number, end: number];

/**
 * Where the (folded) terms occur in a text, as ranges of the original text, sorted and merged:
 * what the list marks. Folding code point by code point keeps each folded character's origin.
 */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (!terms.length || !text) return [];
  let folded = '';
  // For each folded character: the original code point it came from, as [start, end).
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of text) {
    const f = fold(char);
    for (let k = 0; k < f.length; k++) {
      from.push(at);
      to.push(at + char.length);
    }
    folded += f;
    at += char.length;
  }
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let i = folded.indexOf(term); i !== -1; i = folded.indexOf(term, i + term.length)) {
      // Combining marks after the last matched letter belong to it.
      let end = to[i + term.length - 1];
      while (end < text.length && fold(text[end]) === '' && /\p{M}/u.test(text[end])) end++;
      ranges.push([from[i], end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
