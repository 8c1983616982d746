import type { Lexicon } from '../../../lexicon';

// A bare generic head (场景, 应用场景, 专题场景) names nothing across documents: the sentence
// says whose it is by the quoted brand it is about (推广“海上粮仓”应用，新建应用场景不少于
// 25个 → “海上粮仓”应用场景). Such names take the nearest quoted name before them.

const QUOTED = /“([^“”\n]{2,16})”/g;

/** `name` qualified by the last quoted name in folded[from, to), when it is a bare generic head. */
export function qualifyGeneric(name: string, folded: string, from: number, to: number, lexicon: Lexicon): string {
  const heads = lexicon.indicators.reading.qualifiedHeads ?? [];
  if (!heads.includes(name)) return name;
  let last: string | undefined;
  for (const m of folded.slice(from, to).matchAll(QUOTED)) last = m[0];
  return last ? `${last}${name}` : name;
}

/** 各类事件 → 事件: determiners say nothing about what is counted. */
export function withoutDeterminers(name: string, lexicon: Lexicon): string {
  let n = name;
  for (const d of lexicon.indicators.reading.determiners ?? []) if (n.length > d.length + 1 && n.includes(d)) n = n.split(d).join('');
  return n;
}
