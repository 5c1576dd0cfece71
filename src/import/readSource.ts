import { decodeBytes, looksBinary } from './decode';
import type { ImportSource } from './types';
import { failed, phrase, type Phrase } from '../i18n/phrase';

export type Read = { ok: true; text: string; encoding: string | null } | { ok: false; message: string; phrase: Phrase };

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
    if (looksBinary(text)) return failed(phrase('problem.controlChars'));
  }
  if (text.trim() === '') return failed(phrase(text === '' ? 'problem.empty' : 'problem.blankLines'));
  return { ok: true, text, encoding };
}
