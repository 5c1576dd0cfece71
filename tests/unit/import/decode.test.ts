import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/import/decode';

const buffer = (bytes: number[] | Uint8Array) => Uint8Array.from(bytes).buffer;
const utf16le = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);

describe('decodeBytes', () => {
  it('reads UTF-8, with and without a byte-order mark', () => {
    const bytes = [...new TextEncoder().encode('Zürich')];
    expect(decodeBytes(buffer(bytes))).toEqual({ ok: true, text: 'Zürich', encoding: 'UTF-8' });
    expect(decodeBytes(buffer([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text: 'Zürich', encoding: 'UTF-8 with BOM' });
  });

  it('reads UTF-16 by its mark, or by its zero bytes without one', () => {
    expect(decodeBytes(buffer([0xff, 0xfe, ...utf16le('Köln,1')]))).toEqual({ ok: true, text: 'Köln,1', encoding: 'UTF-16LE' });
    expect(decodeBytes(buffer([0xfe, 0xff, ...utf16le('Köln,1').reverse()]))).toMatchObject({ ok: true, encoding: 'UTF-16BE' });
    expect(decodeBytes(buffer(utf16le('title,date\nA,2020\n')))).toEqual({ ok: true, text: 'title,date\nA,2020\n', encoding: 'UTF-16LE' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with its own characters for 0x80–0x9F', () => {
    expect(decodeBytes(buffer([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x96, 0x93, 0x94]))).toEqual({ ok: true, text: 'Café €–“”', encoding: 'windows-1252' });
  });

  it('refuses empty files, workbooks and binary data', () => {
    expect(decodeBytes(new ArrayBuffer(0))).toMatchObject({ ok: false, message: 'The file is empty.' });
    expect(decodeBytes(buffer([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatchObject({ ok: false, message: expect.stringMatching(/ZIP archive/) });
    expect(decodeBytes(buffer([0x89, 0x50, 0x4e, 0x47, 13, 10]))).toMatchObject({ ok: false, message: expect.stringMatching(/an image/) });
    expect(decodeBytes(buffer([0x41, 0x00, 0x01, 0x02, 0x42, 0x43, 0x00, 0x00, 0x07]))).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) });
  });
});
