import { mayHoldTraditional, toSimplified } from '../../model';

// Normalising for matching keeps every character where it was: the folded text has the same
// length as the original, so an index found in one is the same index in the other and every
// match maps back to the document's own offsets without a table.

/** Full-width ASCII (！..～) to half-width, the ideographic space to a space. */
function foldWidth(ch: number): number {
  if (ch >= 0xff01 && ch <= 0xff5e) return ch - 0xfee0;
  if (ch === 0x3000) return 0x20;
  return ch;
}

/**
 * Dashes set with other code points (‐ ‒ – ― and the box-drawing ─ some documents list items with, as
 * ─────数字技术适老化发展基础更加牢固) read as the dash —: year spans (2024―2026年) and list items.
 */
function foldDash(ch: number): number {
  if (ch === 0x2010 || ch === 0x2012 || ch === 0x2013 || ch === 0x2015 || ch === 0x2500) return 0x2014;
  return ch;
}

/**
 * Corner brackets, the quotation marks of traditional-script texts (「智方便」, 『…』 inside), read as
 * “” and ‘’: a quoted brand or name is one shape whatever the script.
 */
function foldQuote(ch: number): number {
  if (ch === 0x300c) return 0x201c;
  if (ch === 0x300d) return 0x201d;
  if (ch === 0x300e) return 0x2018;
  if (ch === 0x300f) return 0x2019;
  return ch;
}

/** Any white space (tabs, NBSP, line separators) becomes a plain space; newlines stay. */
function foldSpace(ch: number): number {
  if (ch === 0x0a) return ch;
  if (ch === 0x09 || ch === 0x0b || ch === 0x0c || ch === 0x0d || ch === 0xa0 || ch === 0x2028 || ch === 0x2029) return 0x20;
  if (ch >= 0x2000 && ch <= 0x200a) return 0x20;
  return ch;
}

function simplify(text: string): string {
  // Most text is simplified already: then nothing is converted (model/simplified-chinese).
  if (!mayHoldTraditional(text)) return text;
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  // A phrase rule changed the length: convert one character at a time so offsets hold.
  let out = '';
  for (const ch of text) {
    const c = toSimplified(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

// The same sentence, name or document is folded by several phases; the converter is the
// costly part, so results are remembered. Bounded by characters held, not by entries, so a
// long-running server never keeps more than a few MB of folded text.
const MAX_REMEMBERED_CHARS = 4_000_000;
const folds = new Map<string, string>();
let remembered = 0;

/**
 * The matching form of a text: simplified Chinese, half-width ASCII, plain spaces.
 * Invariant: `foldForMatching(t).length === t.length`.
 */
export function foldForMatching(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (text.length * 2 > MAX_REMEMBERED_CHARS) return folded;
    if (remembered + text.length * 2 > MAX_REMEMBERED_CHARS) {
      folds.clear();
      remembered = 0;
    }
    folds.set(text, folded);
    remembered += text.length * 2;
  }
  return folded;
}

const foldCode = (ch: number): number => foldQuote(foldDash(foldSpace(foldWidth(ch))));

function fold(text: string): string {
  // Most texts have nothing to fold for width or space: then no new string is built at all.
  let i = 0;
  while (i < text.length && foldCode(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
  if (i === text.length) return simplify(text);
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) codes[j] = foldCode(text.charCodeAt(j));
  let folded = '';
  // In chunks: fromCharCode takes its codes as arguments. Applied, not spread: a spread walks the
  // chunk through an iterator, a result object per character of every folded document.
  for (let j = 0; j < codes.length; j += 8192)
    folded += String.fromCharCode.apply(null, codes.subarray(j, j + 8192) as unknown as number[]);
  return simplify(folded);
}
