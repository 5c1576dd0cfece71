import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, readPngText, withPngText } from '../../../src/export/pngText';

/** The smallest PNG: signature, a 1×1 header, one empty data chunk and the end chunk. */
const tinyPng = Uint8Array.from(
  Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
    'hex',
  ),
);

describe('crc32', () => {
  it('gives the CRC that PNG files carry', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('withPngText', () => {
  it('adds text chunks after the header and keeps the rest of the file', () => {
    const png = withPngText(tinyPng, { Title: 'Chinese espionage', Description: 'Raid on Nuctech’s office, Rotterdam' });
    expect(png.subarray(0, 33)).toEqual(tinyPng.subarray(0, 33));
    expect(png.subarray(png.length - (tinyPng.length - 33))).toEqual(tinyPng.subarray(33));
    expect(new TextDecoder().decode(png.subarray(37, 41))).toBe('iTXt');
  });

  it('reads back what it wrote, in any script (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/), fc.string({ unit: 'grapheme' })), (entries) => {
        expect(readPngText(withPngText(tinyPng, entries))).toEqual(entries);
      }),
    );
  });

  it('ignores a chunk whose CRC does not match', () => {
    const png = withPngText(tinyPng, { Title: 'x' });
    png[45] ^= 0xff;
    expect(readPngText(png)).toEqual({});
  });
});
