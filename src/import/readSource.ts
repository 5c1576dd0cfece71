import { decodeBytes, looksBinary } from './decode';
import type { ImportSource } from './types';

export type Read = { ok: true; text: string; encoding: string | null } | { ok: false; message: string };

/** The text of a file or of pasted text, with the encoding it was read in. */
export function readSource(source: ImportSource): Read {
  let text: string;
  let encoding: string | null = null;
  if (source.kind === 'bytes') {
    const decoded = decodeBytes(source.bytes);
    if (!decoded.ok) return decoded;
    ({ text, encoding } = decoded);
  } else {
    text = source.text.replace(/^\uFEFF/, '');
    if (looksBinary(text)) return { ok: false, message: 'This text is not a sheet: it holds control characters that text does not.' };
  }
  if (text.trim() === '') return { ok: false, message: text === '' ? 'The file is empty.' : 'The file holds only blank lines.' };
  return { ok: true, text, encoding };
}
