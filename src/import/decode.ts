/**
 * Bytes → text. A byte-order mark decides UTF-8 or UTF-16; otherwise the bytes are read as
 * UTF-8 if they are valid UTF-8, and as Windows-1252 (what Excel on Windows saves as "CSV")
 * if not. UTF-16 without a mark is recognised by its zero bytes. The decoders are the platform's.
 */
import { failed, phrase, type Phrase } from '../i18n/phrase';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string; phrase: Phrase };

const SAMPLE = 65_536;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 text in a Latin script has a zero in every other byte. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

type BinaryKind = 'problem.kind.zip' | 'problem.kind.xls' | 'problem.kind.pdf' | 'problem.kind.image' | 'problem.kind.gzip';

/** What a spreadsheet or an image starts with, so the message can say what the file is. */
function binaryKind(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'problem.kind.zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'problem.kind.xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'problem.kind.pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return 'problem.kind.image';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'problem.kind.gzip';
  return null;
}

/** Text has few control characters; binary data has many. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++;
  }
  return control > n * 0.01;
}

/** Windows-1252's characters for the bytes 0x80–0x9F; the five it leaves undefined stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder reads "windows-1252" as Latin-1, turning 0x80–0x9F into control
 * characters (browsers follow the WHATWG table); the CLI and the tests run in Node.
 */
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

const BINARY = phrase('problem.binary');

export function decodeBytes(buffer: ArrayBuffer): Decoded {
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) return failed(phrase('problem.empty'));
  const kind = binaryKind(bytes);
  if (kind) return failed(phrase('problem.binaryKind', { kind: phrase(kind) }));

  let decoded: { text: string; encoding: string };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  else {
    const utf16 = unmarkedUtf16(bytes);
    if (utf16) decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
    else {
      try {
        decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
      } catch {
        decoded = { text: windows1252(bytes), encoding: 'windows-1252' };
      }
    }
  }
  if (looksBinary(decoded.text)) return failed(BINARY);
  return { ok: true, ...decoded };
}
