import { binaryFormatOf } from './magic';
import { byteOrderMark, decodeStrict, decodeUtf8, hasNul, utf16ByNulPattern, type UnicodeEncoding } from './unicode';
import { chooseLegacyEncoding, decodeLegacy, FORGIVEN_UNDECODABLE, whyUnreadable } from './legacy';
import { htmlToText, looksLikeHtml } from './html';
import { assertReadable } from './content';
import { DocumentRejected } from './rejected';
import { mixedLines, replacementCount, strayNulInUtf8, utf8AfterUtf16Mark } from './consistency';

/** The document text all offsets refer to, and the encoding it was read from. */
export interface Decoded {
  text: string;
  /** 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5', or the format the text was extracted from: 'pdf' | 'docx' */
  encoding: string;
  /** A PDF's page start offsets in `text` (page n starts at pages[n - 1]). */
  pages?: number[];
}

export interface DecodeOptions {
  /** Larger inputs are rejected; default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** UTF-16 by BOM or NUL pattern; a dangling odd byte (a cut file) is dropped. */
function decodeUtf16(bytes: Uint8Array, encoding: UnicodeEncoding): string | undefined {
  return decodeStrict(bytes.subarray(0, bytes.length - (bytes.length % 2)), encoding);
}

function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding !== 'utf-8' && utf8AfterUtf16Mark(body)) {
      throw new DocumentRejected(`inconsistent encoding: a ${bom.encoding.toUpperCase()} byte-order mark before UTF-8 text`);
    }
    const text = bom.encoding === 'utf-8' ? decodeUtf8(body) : decodeUtf16(body, bom.encoding);
    if (text === undefined) throw new DocumentRejected(`invalid ${bom.encoding.toUpperCase()} after its byte-order mark`);
    return { text, encoding: bom.encoding };
  }
  if (hasNul(bytes)) {
    const nul = strayNulInUtf8(bytes);
    if (nul !== undefined) throw new DocumentRejected(`binary data: a NUL byte at byte ${nul} inside UTF-8 text`);
    const utf16 = utf16ByNulPattern(bytes);
    const text = utf16 && decodeUtf16(bytes, utf16);
    if (utf16 && text !== undefined) return { text, encoding: utf16 };
    throw new DocumentRejected('binary data: contains NUL bytes and is not UTF-16 text');
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // Judged on the whole file, not the sample the encoding is chosen by: UTF-8 with a damaged byte
  // or two is forgiven, a second encoding further down is not (a legacy Chinese line of six or
  // more non-ASCII bytes is practically never valid UTF-8, so such a line means UTF-8 text).
  const mixed = mixedLines(bytes);
  const mixedReason = mixed && `mixed encodings: line ${mixed.utf8Line} is UTF-8 but line ${mixed.otherLine} is not`;
  const reading = chooseLegacyEncoding(bytes);
  if (mixedReason && reading.encoding !== 'utf-8') throw new DocumentRejected(mixedReason);
  const problem = whyUnreadable(reading);
  if (problem) throw new DocumentRejected(problem);
  const text = decodeLegacy(bytes, reading.encoding);
  const undecodable = replacementCount(text);
  if (undecodable > FORGIVEN_UNDECODABLE) {
    throw new DocumentRejected(
      mixedReason || `unknown encoding: ${undecodable} characters cannot be read as ${reading.encoding.toUpperCase()}`,
    );
  }
  return { text, encoding: reading.encoding };
}

/**
 * Bytes → the document text. Detects the encoding (BOM, strict UTF-8, UTF-16 by NULs, GB18030 vs
 * Big5 by scoring), reduces web pages to their readable text, and throws DocumentRejected with one
 * line naming the problem for anything that is not a readable document.
 */
export function decodeDocument(bytes: Buffer, opts: DecodeOptions = {}): Decoded {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DocumentRejected(`too large: ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  }
  if (bytes.length === 0) throw new DocumentRejected('empty file (0 bytes)');
  const format = binaryFormatOf(bytes);
  if (format) throw new DocumentRejected(`binary file: ${format}, not text`);
  const decoded = decodeBytes(bytes);
  // A BOM in another encoding (GB18030's, or a doubled one) decodes to U+FEFF: never part of the text.
  let text = decoded.text.replace(/^\uFEFF/, '');
  if (looksLikeHtml(text)) text = htmlToText(text);
  assertReadable(text);
  return { text, encoding: decoded.encoding };
}
