import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chapterFromDigits, chapterMove, targetChapter, type ChapterMove } from '../../../src/present/keys';

describe('chapterMove', () => {
  it('moves on for the keys clickers and readers use to go forward', () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) expect(chapterMove(key), key).toBe('next');
  });

  it('moves back for the keys clickers and readers use to go back', () => {
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) expect(chapterMove(key), key).toBe('previous');
  });

  it('goes back on Shift+Space, as when reading a page', () => {
    expect(chapterMove(' ', true)).toBe('previous');
    expect(chapterMove(' ', false)).toBe('next');
  });

  it('ignores Shift on every other key', () => {
    for (const key of ['PageDown', 'ArrowRight', 'PageUp', 'ArrowLeft', 'Home', 'End', 'Escape']) {
      expect(chapterMove(key, true), key).toBe(chapterMove(key));
    }
  });

  it('jumps to the first and last chapter on Home and End, and leaves on Escape', () => {
    expect([chapterMove('Home'), chapterMove('End'), chapterMove('Escape')]).toEqual(['first', 'last', 'exit']);
  });

  it('does nothing for unrelated keys', () => {
    for (const key of ['Enter', 'Tab', 'Space', 'Spacebar', 'a', 'n', 'Backspace', 'Shift', 'F5', 'pagedown', '']) {
      expect(chapterMove(key), key).toBeNull();
      expect(chapterMove(key, true), key).toBeNull();
    }
  });
});

describe('targetChapter', () => {
  it('steps one chapter forward or back', () => {
    expect(targetChapter('next', 2, 5)).toBe(3);
    expect(targetChapter('previous', 2, 5)).toBe(1);
  });

  it('jumps to either end', () => {
    expect(targetChapter('first', 3, 5)).toBe(0);
    expect(targetChapter('last', 1, 5)).toBe(4);
  });

  it('stays on the first chapter going back, and on the last going on', () => {
    expect(targetChapter('previous', 0, 5)).toBe(0);
    expect(targetChapter('next', 4, 5)).toBe(4);
    expect(targetChapter('next', 0, 1)).toBe(0);
  });

  it('always lands within the deck, even from a chapter outside it (property)', () => {
    const move = fc.constantFrom<Exclude<ChapterMove, 'exit'>>('next', 'previous', 'first', 'last');
    fc.assert(
      fc.property(move, fc.integer({ min: 1, max: 50 }), fc.integer({ min: -5, max: 55 }), (m, count, current) => {
        const target = targetChapter(m, current, count);
        expect(Number.isInteger(target) && target >= 0 && target < count, `${m} from ${current} of ${count}: ${target}`).toBe(true);
      }),
    );
  });

  it('steps exactly one chapter unless already at that end (property)', () => {
    const deck = fc.integer({ min: 1, max: 50 }).chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: 0, max: count - 1 })));
    fc.assert(
      fc.property(deck, ([count, current]) => {
        expect(targetChapter('next', current, count)).toBe(current === count - 1 ? current : current + 1);
        expect(targetChapter('previous', current, count)).toBe(current === 0 ? 0 : current - 1);
      }),
    );
  });
});

describe('chapterFromDigits', () => {
  it('jumps to the chapter a digit names', () => {
    expect(chapterFromDigits('', '4', 11)).toEqual({ typed: '4', chapter: 3 });
  });

  it('reads two digits typed together as one number when the deck is that long', () => {
    expect(chapterFromDigits('1', '1', 11)).toEqual({ typed: '11', chapter: 10 });
    expect(chapterFromDigits('1', '2', 11)).toEqual({ typed: '2', chapter: 1 });
  });

  it('ignores chapters the deck does not have, and keys that are not digits', () => {
    expect(chapterFromDigits('', '0', 11).chapter).toBeNull();
    expect(chapterFromDigits('', '9', 5).chapter).toBeNull();
    expect(chapterFromDigits('1', 'a', 11)).toEqual({ typed: '', chapter: null });
  });
});
