import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, queryTerms } from '../../../src/search/fold';

describe('fold', () => {
  it('ignores accents and case', () => {
    expect(fold('Düsseldorf')).toBe('dusseldorf');
    expect(fold('SÃO PAULO')).toBe('sao paulo');
    expect(fold('Ivana Karásková')).toBe('ivana karaskova');
    expect(fold('e\u0301cole')).toBe('ecole');
  });

  it('spells out letters without a separable mark', () => {
    expect(fold('Øresund Straße Łódź')).toBe('oresund strasse lodz');
  });

  it('gives the same text folded whole or one code point at a time (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(fold(s)).toBe([...s].map(fold).join(''));
      }),
    );
  });
});

describe('queryTerms', () => {
  it('splits on spaces, folds, drops repeats and control characters', () => {
    expect(queryTerms('  Düsseldorf  RAID raid\u0000x ')).toEqual(['dusseldorf', 'raid', 'x']);
    expect(queryTerms('   ')).toEqual([]);
  });
});
