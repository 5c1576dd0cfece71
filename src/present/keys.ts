export type ChapterMove = 'next' | 'previous' | 'first' | 'last' | 'exit';

/**
 * What a key does in presenter mode. Clickers send PageDown/PageUp (some send the
 * arrows or Space); Shift+Space goes back as it does when reading a page.
 */
export function chapterMove(key: string, shiftKey = false): ChapterMove | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The chapter a move leads to, kept within the deck. */
export function targetChapter(move: Exclude<ChapterMove, 'exit'>, current: number, count: number): number {
  const index = { next: current + 1, previous: current - 1, first: 0, last: count - 1 }[move];
  return Math.max(0, Math.min(count - 1, index));
}

/**
 * The chapter (0-based) typed digits name, or null: "4" is chapter 4, and "1" then "1"
 * typed in quick succession is chapter 11 when there are that many. `typed` is what
 * was typed just before, or "" after a pause.
 */
export function chapterFromDigits(typed: string, digit: string, count: number): { typed: string; chapter: number | null } {
  if (!/^\d$/.test(digit)) return { typed: '', chapter: null };
  const joined = typed + digit;
  const text = Number(joined) >= 1 && Number(joined) <= count ? joined : digit;
  const n = Number(text);
  return { typed: text, chapter: n >= 1 && n <= count ? n - 1 : null };
}
