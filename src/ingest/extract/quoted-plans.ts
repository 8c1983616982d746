import type { Lexicon } from '../lexicon';
import { longestFirst, prepared } from '../segment';
import type { PlanKind } from './plan-names';
import type { Programme } from './programmes';

// Plans named in quotes, wherever they are written (no cue verb needed, the quotes mark the name):
// - a name that ends in its horizon year (深入实施“中国制造2025”; 德国“国家工业战略 2030”);
// - a name whose last word inside the quotes is a plan head (美国“先进制造业领导力战略”);
// - a quoted name before a head that only plans take after quotes (“东振西开”战略, “8337”发展思路),
//   unless a word follows that makes it something else (“四个全面”战略布局).
// A PDF may break the line inside the quotes. Heads and words are lexicon data (plans.json → named).

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => longestFirst(words).map(escape).join('|');
const QUOTED = /“([^“”。，；,;\n]{1,24}(?:\n[^“”。，；,;\n]{1,24})?)”/g;
const HORIZON = /[\u4e00-\u9fa5]{2,}.*?\s*20\d{2}$/;

// Built once per lexicon, not per document.
const wordsOf = new WeakMap<Lexicon, { heads: string[]; afterRe?: RegExp; notAfter?: RegExp }>();
function quotedWords(lexicon: Lexicon) {
  return prepared(wordsOf, lexicon, () => {
    const { named } = lexicon.plans;
    const heads = longestFirst(Object.keys(named.heads)).filter((h) => named.strongHeads.includes(h));
    const after = Object.keys(named.quotedHeads);
    const afterRe = after.length ? new RegExp(`^(?:${alternation(after)})`) : undefined;
    const notAfter = named.quotedNotAfter.length ? new RegExp(`^(?:${alternation(named.quotedNotAfter)})`) : undefined;
    return { heads, afterRe, notAfter };
  });
}

export function readQuotedPlans(folded: string, lexicon: Lexicon): Programme[] {
  const { named } = lexicon.plans;
  const { heads, afterRe, notAfter } = quotedWords(lexicon);
  const out: Programme[] = [];
  for (const m of folded.matchAll(QUOTED)) {
    const inner = m[1].replace(/\s*\n\s*/g, '');
    const start = m.index;
    let end = start + m[0].length;
    let kind: PlanKind | undefined;
    const head = heads.find((h) => inner.endsWith(h) && inner.length > h.length + 1);
    if (HORIZON.test(inner)) kind = 'development_plan';
    else if (head) kind = named.heads[head] as PlanKind;
    else {
      const word = afterRe?.exec(folded.slice(end, end + 8))?.[0];
      if (!word || notAfter?.test(folded.slice(end + word.length, end + word.length + 6))) continue;
      kind = named.quotedHeads[word] as PlanKind;
      end += word.length;
    }
    out.push({ start, end, kind });
  }
  return out;
}
