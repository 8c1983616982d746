import * as iconv from 'iconv-lite';
import { commonHanzi } from './common-hanzi';

// Bytes that are not UTF-8 are a legacy Chinese encoding: GB18030 (a superset of GBK/GB2312, the
// mainland default) or Big5 (Taiwan, Hong Kong). Both decoders accept most byte runs, so each
// reading is scored by how ordinary it looks and the best one wins. A lenient UTF-8 reading takes
// part too, so a UTF-8 file with one damaged byte is not misread as GBK.

export type LegacyEncoding = 'gb18030' | 'big5' | 'utf-8';

const CANDIDATES: LegacyEncoding[] = ['gb18030', 'big5', 'utf-8'];

/** Scoring looks at the start only: enough text to decide, cheap on a 20 MB file. */
const SAMPLE_BYTES = 64 * 1024;

export interface Reading {
  encoding: LegacyEncoding;
  /** Frequent characters minus penalties for what a wrong decoding produces. */
  score: number;
  /** Characters of the sample that could not be decoded (U+FFFD), and the non-space total. */
  undecodable: number;
  visible: number;
  /** Han characters in the sample, and how many of them are frequent ones. */
  han: number;
  common: number;
}

function decodeAs(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}

/** Score one decoding of a sample. */
export function scoreReading(text: string, encoding: LegacyEncoding): Reading {
  const frequent = commonHanzi();
  let common = 0;
  let bad = 0;
  let replaced = 0;
  let visible = 0;
  let han = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!/\s/.test(ch)) visible++;
    if (/\p{Script=Han}/u.test(ch)) han++;
    if (frequent.has(ch)) common++;
    else if (code === 0xfffd) replaced++;
    else if (isPrivateUse(code) || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) bad++;
  }
  return {
    encoding,
    score: common - 3 * (bad + replaced),
    undecodable: replaced,
    visible,
    han,
    common,
  };
}

/** The best legacy reading of these bytes (ties go to GB18030, the mainland default). */
export function chooseLegacyEncoding(bytes: Uint8Array): Reading {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const readings = CANDIDATES.map((enc) => scoreReading(decodeAs(sample, enc), enc));
  return readings.reduce((best, r) => (r.score > best.score ? r : best));
}

/** Decode the whole file with the chosen encoding. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return decodeAs(bytes, encoding);
}

/**
 * Undecodable characters beyond this share (and beyond a stray few, so one damaged byte in a short
 * file is forgiven) mean the bytes are in no encoding we know.
 */
const MAX_UNDECODABLE_SHARE = 0.02;
export const FORGIVEN_UNDECODABLE = 3;
/**
 * Right readings of Chinese prose have about two thirds frequent characters; wrong or random ones
 * a few percent to about 15%. Judged only with enough Han characters to count.
 */
const MIN_COMMON_SHARE = 0.25;
const MIN_HAN_TO_JUDGE = 30;

/** Why even the best legacy reading is not a text, or undefined when it is one. */
export function whyUnreadable(r: Reading): string | undefined {
  if (r.undecodable > FORGIVEN_UNDECODABLE && r.undecodable > r.visible * MAX_UNDECODABLE_SHARE) {
    const pct = ((r.undecodable / r.visible) * 100).toFixed(0);
    return `unknown encoding: not UTF-8, UTF-16, GB18030 or Big5 (${pct}% undecodable)`;
  }
  if (r.han >= MIN_HAN_TO_JUDGE && r.common < r.han * MIN_COMMON_SHARE) {
    return 'unknown encoding: the bytes do not read as Chinese text in UTF-8, GB18030 or Big5';
  }
  return undefined;
}
