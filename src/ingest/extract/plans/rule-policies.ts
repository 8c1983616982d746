import type { Lexicon } from '../../lexicon';
import { foldForMatching } from '../../normalise';
import { alternation, longestFirst, prepared } from '../../segment';

// Policies named by the rule they fix (落实第二轮土地承包到期后再延长30年的政策; 落实一方是独生子女的夫妇可生育两个孩子政策;
// 国家关于土地承包期再延长30年的政策): a modal (再, 可), a verb and a count with its unit right before the head, the
// name read from its clause's start less the cue verb before it, or the words saying whose it is (国家关于). The
// count's words end the rule: a policy supporting it (可生育两个孩子的配套政策) or one named by a rate (加计扣除75%政策)
// is a kind of policy. Words are lexicon data (plans.json → named.rulePolicies).

export interface RulePolicy {
  start: number;
  end: number;
  /** The name without the 的 before its head, as texts also write it (…再延长30年政策). */
  alias?: string;
}

const CLAUSE_END = /[，。；：,;:\n《》“”]/;

interface RulePatterns {
  re: RegExp;
  cues: string[];
  drops: string[];
}
// Built once per lexicon, not per document.
const patternsOf = new WeakMap<Lexicon, RulePatterns | undefined>();
function rulePatterns(lexicon: Lexicon): RulePatterns | undefined {
  return prepared(patternsOf, lexicon, () => {
    const { modals, units, head, drops } = lexicon.plans.named.rulePolicies;
    if (!modals.length || !units.length || !head) return undefined;
    const count = '(?:\\d+|[一二两三四五六七八九十]+)';
    const rule = `(?:${alternation(modals)})[\\u4e00-\\u9fa5]{1,3}?${count}(?:${alternation(units)})[\\u4e00-\\u9fa5]{0,2}?的?`;
    // The rule and the head; the words before it are read back to the clause's start.
    const re = new RegExp(`${rule}${head}`, 'g');
    return { re, cues: longestFirst(lexicon.plans.named.cues.map(foldForMatching)), drops: drops.map(foldForMatching) };
  });
}

export function readRulePolicies(folded: string, lexicon: Lexicon): RulePolicy[] {
  const p = rulePatterns(lexicon);
  if (!p) return [];
  const { head } = lexicon.plans.named.rulePolicies;
  const out: RulePolicy[] = [];
  for (const m of folded.matchAll(p.re)) {
    const end = m.index + m[0].length;
    let start = m.index;
    // Back to the clause's start, at most 30 characters: punctuation, a title's or a quote's mark ends it.
    while (start > 0 && m.index - start < 30 && !CLAUSE_END.test(folded[start - 1])) start--;
    if (start > 0 && !CLAUSE_END.test(folded[start - 1])) continue;
    if (/[《》“”]/.test(folded[start - 1])) continue;
    // 国家关于…的政策: the words saying whose policy it is are no part of its name.
    for (const d of p.drops) {
      const at = folded.lastIndexOf(d, end);
      if (at >= start) start = at + d.length;
    }
    // 全面落实…政策: the cue verbs before it.
    for (let cue = p.cues.find((c) => folded.startsWith(c, start)); cue; cue = p.cues.find((c) => folded.startsWith(c, start))) {
      start += cue.length;
    }
    if (end - start <= head.length + 4) continue;
    const name = folded.slice(start, end);
    const plain = name.endsWith(`的${head}`) ? `${name.slice(0, -head.length - 1)}${head}` : undefined;
    out.push({ start, end, ...(plain ? { alias: plain } : {}) });
  }
  return out;
}
