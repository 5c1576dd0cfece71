import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/import/delimiter';

describe('detectDelimiter', () => {
  it('finds commas, semicolons and tabs', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2,5;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2, 3\t4\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('a;b\n"x, y, z";2\n"p, q";3\n')).toBe(';');
  });

  it('falls back to a comma for a single column', () => {
    expect(detectDelimiter('title\nOne\n')).toBe(',');
  });
});
