import { decodeStrict } from './unicode';

// A file is in one encoding. Files glued together from two sources (UTF-8 then GBK, GBK then
// UTF-8), a stray NUL in UTF-8 text or a UTF-16 byte-order mark in front of UTF-8 bytes would
// otherwise be read whole in one wrong encoding: garbled names, replacement characters. These
// checks find such files so they are refused with one line instead. Each is linear in the size.

/** A line needs this many non-ASCII bytes before it tells anything about the encoding. */
const TELLING_BYTES = 6;

function nonAscii(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) n++;
  return n;
}

/**
 * Lines that are valid UTF-8 and lines that are not, both with enough non-ASCII bytes to tell:
 * the file mixes encodings. Returns the 1-based line numbers of the first of each kind.
 */
export function mixedLines(bytes: Uint8Array): { utf8Line: number; otherLine: number } | undefined {
  let utf8Line = 0;
  let otherLine = 0;
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    if (nonAscii(bytes, start, end) >= TELLING_BYTES) {
      const valid = decodeStrict(bytes.subarray(start, end), 'utf-8') !== undefined;
      if (valid && !utf8Line) utf8Line = line;
      if (!valid && !otherLine) otherLine = line;
      if (utf8Line && otherLine) return { utf8Line, otherLine };
    }
    start = end + 1;
  }
  return undefined;
}

/** Replacement characters (U+FFFD) in decoded text: bytes the chosen decoding could not read. */
export function replacementCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * NUL bytes that are few (UTF-16 text has them at every other byte of its ASCII) in bytes that
 * are UTF-8 once they are taken out: a stray NUL in UTF-8 text, not UTF-16. The first NUL's offset.
 */
export function strayNulInUtf8(bytes: Uint8Array): number | undefined {
  const first = bytes.indexOf(0);
  if (first === -1) return undefined;
  let nuls = 0;
  for (let i = first; i < bytes.length; i++) if (bytes[i] === 0) nuls++;
  if (nuls > bytes.length * 0.01) return undefined;
  const rest = Buffer.from(bytes.filter((b) => b !== 0));
  if (nonAscii(rest, 0, rest.length) < TELLING_BYTES) return undefined;
  return decodeStrict(rest, 'utf-8') !== undefined ? first : undefined;
}

/** A UTF-16 byte-order mark followed by bytes that are valid UTF-8 text (with non-ASCII in it). */
export function utf8AfterUtf16Mark(body: Uint8Array): boolean {
  return nonAscii(body, 0, body.length) >= TELLING_BYTES && !body.includes(0) && decodeStrict(body, 'utf-8') !== undefined;
}
