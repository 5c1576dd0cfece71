/** Text chunks in a PNG file: the slide carries its title and what it shows, for search and screen readers. Pure. */

const SIGNATURE_LENGTH = 8;

let crcTable: Uint32Array | null = null;

/** CRC-32 as PNG chunks use it (ISO 3309, polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An iTXt chunk: UTF-8 text, uncompressed, no language tag. */
function itxtChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const type = encoder.encode('iTXt');
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(type, 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** `png` with an iTXt chunk per entry, placed right after the header chunk. */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array<ArrayBuffer> {
  const headerEnd = SIGNATURE_LENGTH + 12 + new DataView(png.buffer, png.byteOffset).getUint32(SIGNATURE_LENGTH);
  const chunks = Object.entries(entries).map(([keyword, text]) => itxtChunk(keyword, text));
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, headerEnd));
  let at = headerEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(headerEnd), at);
  return out;
}

/** The iTXt entries of a PNG whose CRCs check out. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const entries: Record<string, string> = {};
  for (let at = SIGNATURE_LENGTH; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = decoder.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt' && view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length))) {
      const keywordEnd = data.indexOf(0);
      let textStart = keywordEnd + 3;
      for (let zeros = 0; zeros < 2 && textStart < data.length; textStart++) if (data[textStart] === 0) zeros++;
      entries[decoder.decode(data.subarray(0, keywordEnd))] = decoder.decode(data.subarray(textStart));
    }
    at += 12 + length;
  }
  return entries;
}
