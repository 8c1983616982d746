interface OpenCCBundle {
  Converter(o: { from: string; to: string }): (s: string) => string;
  Locale?: { configs?: Record<string, { normalizationChain?: unknown[][]; conversionChain?: unknown[][] } | undefined> };
}
// opencc-js ships ESM types only; its CommonJS build is loaded directly (t2cn: the small bundle).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: OpenCCBundle = require('opencc-js/t2cn');

// Normalising for matching keeps every character where it was: the folded text has the same
// length as the original, so an index found in one is the same index in the other and every
// match maps back to the document's own offsets without a table.

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Full-width ASCII (！..～) to half-width, the ideographic space to a space. */
function foldWidth(ch: number): number {
  if (ch >= 0xff01 && ch <= 0xff5e) return ch - 0xfee0;
  if (ch === 0x3000) return 0x20;
  return ch;
}

/** Any white space (tabs, NBSP, line separators) becomes a plain space; newlines stay. */
function foldSpace(ch: number): number {
  if (ch === 0x0a) return ch;
  if (ch === 0x09 || ch === 0x0b || ch === 0x0c || ch === 0x0d || ch === 0xa0 || ch === 0x2028 || ch === 0x2029) return 0x20;
  if (ch >= 0x2000 && ch <= 0x200a) return 0x20;
  return ch;
}

/**
 * Every UTF-16 unit a rule of the converter (t→cn: its t2s dictionaries) can start with; a high
 * surrogate stands for any character beyond the BMP it opens. A text holding none of them is
 * returned unchanged by the converter, so it need not run (most text is simplified already).
 * Null when the dictionaries cannot be read: then every text is converted.
 */
const RULE_STARTS = ruleStarts();
function ruleStarts(): Uint8Array | null {
  const t2s = OpenCC.Locale?.configs?.t2s;
  const groups = [...(t2s?.normalizationChain ?? []), ...(t2s?.conversionChain ?? [])];
  if (!t2s || !groups.length) return null;
  const table = new Uint8Array(0x10000);
  for (const group of groups) {
    for (const dict of group) {
      if (typeof dict !== 'string') return null;
      for (const entry of dict.split('|')) if (entry) table[entry.charCodeAt(0)] = 1;
    }
  }
  return table;
}

function simplify(text: string): string {
  if (RULE_STARTS) {
    let i = 0;
    while (i < text.length && RULE_STARTS[text.charCodeAt(i)] === 0) i++;
    if (i === text.length) return text;
  }
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

function fold(text: string): string {
  // Most texts have nothing to fold for width or space: then no new string is built at all.
  let i = 0;
  while (i < text.length && foldSpace(foldWidth(text.charCodeAt(i))) === text.charCodeAt(i)) i++;
  if (i === text.length) return simplify(text);
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) codes[j] = foldSpace(foldWidth(text.charCodeAt(j)));
  let folded = '';
  // In chunks: fromCharCode takes its codes as arguments.
  for (let j = 0; j < codes.length; j += 8192) folded += String.fromCharCode(...codes.subarray(j, j + 8192));
  return simplify(folded);
}
