// The Unicode encodings: BOMs, strict UTF-8 (with a lenient cut-off tail) and BOM-less UTF-16 found
// by where its NUL bytes fall.

export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark announces, and the mark's length in bytes. */
export function byteOrderMark(bytes: Uint8Array): { encoding: UnicodeEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Decode strictly; undefined when the bytes are not valid in that encoding. */
export function decodeStrict(bytes: Uint8Array, encoding: UnicodeEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes a UTF-8 sequence starting with this lead byte needs, or 0 when it is not a lead byte. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * The length without a final UTF-8 sequence cut off mid-character (a truncated download), or the
 * full length when the file ends cleanly. Only the last incomplete character is ever dropped.
 */
export function withoutCutTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = sequenceLength(b);
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Strict UTF-8, forgiving only a character cut off at the very end. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const whole = decodeStrict(bytes, 'utf-8');
  if (whole !== undefined) return whole;
  const cut = withoutCutTail(bytes);
  return cut < bytes.length ? decodeStrict(bytes.subarray(0, cut), 'utf-8') : undefined;
}

/**
 * BOM-less UTF-16 by its NUL bytes: ASCII characters (digits, newlines) have a zero high byte, so in
 * UTF-16 most NULs sit on one parity, odd for little-endian and even for big-endian (a few CJK
 * characters such as U+4E00 put one on the other side). Binary data scatters them evenly.
 */
export function utf16ByNulPattern(bytes: Uint8Array, sample = 65536): UnicodeEncoding | undefined {
  const end = Math.min(bytes.length, sample);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const total = even + odd;
  if (total === 0) return undefined;
  if (odd >= total * 0.8) return 'utf-16le';
  if (even >= total * 0.8) return 'utf-16be';
  return undefined;
}

/** Bytes with a NUL anywhere: never plain text in a single- or multi-byte legacy encoding. */
export function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}
