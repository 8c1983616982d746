import { foldText } from './text-fold';

// Chinese has no spaces, so words are approximated by character pairs: a document is indexed by
// every adjacent pair of Han characters, and a query of two or more Han characters is matched on
// its pairs. 大模型 → 大模 + 模型, both present in 政务大模型 and in 大模型应用.

const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

function eachRun(text: string, onHan: (run: string[]) => void, onWord: (w: string) => void): void {
  for (const m of foldText(text).matchAll(RUNS)) {
    if (m[1]) onHan([...m[1]]);
    else if (m[2]) onWord(m[2]);
  }
}

/** UTF-16 units of the character at `i`: 2 for a surrogate pair (beyond the BMP), else 1. */
function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * Tokens a field is indexed under: Han bigrams plus each run's last character, latin/digit words.
 * A one-character query finds its character as the first of a bigram (prefix search) or as a
 * run's last character, so unigrams need not be indexed everywhere (half the postings).
 * Every node's every sentence passes here on each write: pairs are sliced from the run in place
 * rather than joined from an array of its characters.
 */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of foldText(text).matchAll(RUNS)) {
    const han = m[1];
    if (!han) {
      if (m[2]) out.push(m[2]);
      continue;
    }
    let at = 0;
    let width = widthAt(han, 0);
    while (at + width < han.length) {
      const next = widthAt(han, at + width);
      out.push(han.slice(at, at + width + next));
      at += width;
      width = next;
    }
    out.push(han.slice(at, at + width));
  }
  return out;
}

/** Tokens a query is matched on: Han bigrams (a lone character as itself), latin/digit words. */
export function queryTokens(text: string): string[] {
  const out: string[] = [];
  eachRun(
    text,
    (chars) => {
      if (chars.length === 1) out.push(chars[0]);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    },
    (w) => out.push(w),
  );
  return [...new Set(out)];
}

/** The candidate text that contains most of the query's tokens; earlier candidates win ties. */
export function bestMatchingText(query: string, candidates: readonly string[]): string {
  const tokens = queryTokens(query);
  let best = candidates[0] ?? '';
  let bestScore = -1;
  for (const text of candidates) {
    const folded = foldText(text);
    const score = tokens.reduce((n, t) => n + (folded.includes(t) ? 1 : 0), 0);
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}
