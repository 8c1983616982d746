import type { Lexicon } from '../../lexicon';
import { foldForMatching } from '../../normalise';
import { alternation, longestFirst, prepared } from '../../segment';
import { carriedOutWords } from './carried-out';
import { phraseStart } from '../text/phrase';
import type { PlanKind } from './plan-names';
import type { Programme } from './programmes';

// Plans named in quotes, wherever they are written (no cue verb needed, the quotes mark the name):
// - a name that ends in its horizon year (深入实施“中国制造2025”; 德国“国家工业战略 2030”);
// - a name whose last word inside the quotes is a plan head (美国“先进制造业领导力战略”);
// - a quoted name before a head that only plans take after quotes (“东振西开”战略, “8337”发展思路),
//   unless a word follows that makes it something else (“四个全面”战略布局);
// - a quoted name whose own ending names a plan only in quotes (“河长制”, “气十条”, “厕所革命”);
// - the quoted items of a list a head closes (“清朗”“净网”系列专项行动, not the events of “大国工匠进校园”、
//   “劳模进校园”等活动): each is a plan of that head;
// - a quoted name before a head that names a plan only with the name's words before the quotes
//   (信访积案化解“百日攻坚”活动, not “双拥”活动).
// A name's words written right before the quotes belong to it (人居环境综合整治“百日攻坚”行动,
// 领军人才“筑峰计划”), back to a cue verb, a joining word or punctuation; a level word there
// (自治区“8337”发展思路) gives the level and stays out.
// A PDF may break the line inside the quotes. Heads and words are lexicon data (plans.json → named).

const QUOTED = /“([^“”。，；,;\n]{1,24}(?:\n[^“”。，；,;\n]{1,24})?)”/g;
/** 四是…: a list's ordinal before the words of a name. */
const ENUMERATOR = /^[一二三四五六七八九十]+是/;
const HORIZON = /[\u4e00-\u9fa5]{2,}.*?\s*20\d{2}$/;

// Built once per lexicon, not per document.
/** A quoted plan; `head`: the head a list shares, added to its name (“净网”专项行动). */
export interface QuotedPlan extends Programme {
  head?: string;
}

interface QuotedWords {
  heads: string[];
  inner: string[];
  afterRe?: RegExp;
  leadRe?: RegExp;
  listRe?: RegExp;
  notAfter?: RegExp;
  /** Words after a quoted brand up to a plan's head, in one clause (“绿盾2018”自然保护区监督检查专项行动). */
  brandTail: RegExp;
  /** Where the words before the quotes stop: cue verbs, ends, joiners, prepositions. */
  bounds: string[];
  openers: string[];
  levels: Set<string>;
  ownBodies: string[];
}
const wordsOf = new WeakMap<Lexicon, QuotedWords>();
function quotedWords(lexicon: Lexicon): QuotedWords {
  return prepared(wordsOf, lexicon, () => {
    const { named } = lexicon.plans;
    const heads = longestFirst(Object.keys(named.heads)).filter((h) => named.strongHeads.includes(h));
    const inner = longestFirst(Object.keys(named.quotedInnerHeads));
    const after = Object.keys(named.quotedHeads);
    const afterRe = after.length ? new RegExp(`^(?:${alternation(after)})`) : undefined;
    const notAfter = named.quotedNotAfter.length ? new RegExp(`^(?:${alternation(named.quotedNotAfter)})`) : undefined;
    const lead = Object.keys(named.quotedLeadHeads);
    const leadRe = lead.length ? new RegExp(`^(?:${alternation(lead)})`) : undefined;
    // 系列 stays in the shared head (“清朗”系列专项行动); 等 closes the list, also before the field the kind
    // sums up (“先照后证”“多证合一、一照一码”等商事制度改革: each a reform), the head then ending its phrase.
    const listHeads = alternation([...after, ...lead]);
    const listRe = new RegExp(`^(?:等)?((?:系列)?(?:${listHeads}))|^等[\u4e00-\u9fa5]{1,6}?(${listHeads})(?=[^\u4e00-\u9fa5]|[和与及]|$)`);
    // 试点城市政府是“无废城市”建设试点责任主体: a copula opens a predicate, no part of the name (为 also opens names: 以…为).
    const copulas = named.copulas.filter((c) => c !== '为');
    const bounds = [...named.cues, ...named.ends, ...named.leadingJoiners, ...named.before, ...named.standingBounds, ...copulas, '、'].map(
      foldForMatching,
    );
    // Adverbs and acts that open the words before the quotes are the clause's (继续强化“…”责任制), not the name's,
    // also when they are all of those words (建立健全“人地钱”挂钩政策).
    const openers = longestFirst([...lexicon.verbs.adverbs, ...lexicon.verbs.task, ...lexicon.plans.projectNames.nameWords]);
    const levels = new Set(Object.keys(lexicon.plans.levels.before));
    // The head ends the name where a name ends, or where the clause says how it went (…专项行动取得阶段性进展).
    const closes = alternation([...named.ends.map(foldForMatching), ...carriedOutWords(named), ...(named.programmes.outcomes ?? [])]);
    const brandTail = new RegExp(`^[^，。；、：,;:\\n“”《》和与及等的]{2,16}?(${alternation(heads)})(?=${closes}|$)`);
    const ownBodies = named.ownBodies.map(foldForMatching);
    return { heads, inner, afterRe, leadRe, listRe, notAfter, brandTail, bounds, openers, levels, ownBodies };
  });
}

/** The words of the name written before its quotes (人居环境综合整治“…”), or none. */
function leadOf(folded: string, quote: number, w: QuotedWords): number {
  let start = phraseStart(folded, quote, 12, w.bounds);
  start += ENUMERATOR.exec(folded.slice(start, quote))?.[0].length ?? 0;
  for (
    let o = w.openers.find((x) => folded.startsWith(x, start));
    o && start + o.length <= quote;
    o = w.openers.find((x) => folded.startsWith(x, start))
  )
    start += o.length;
  const lead = folded.slice(start, quote);
  // 被评为自治区“六五”普法…: a level word right before the quotes ends the name's words.
  const placed = [...w.levels].some((l) => lead.endsWith(l));
  // 职业学校“文明风采”活动: a body before the quotes is who takes part in the event, not the name's words.
  const body = w.ownBodies.some((b) => lead.endsWith(b));
  // 延續…推動之「臺灣AI行動計畫」: words a particle ends qualify the name; they are not its words.
  const qualified = /[之的]$/.test(lead);
  return lead.length >= 3 && !placed && !body && !qualified && !lead.includes('、') ? start : quote;
}

/** Quotes of a list written one after another (“A”“B”, “A”、“B”) that a head closes: their shared head. */
function listed(folded: string, quotes: RegExpMatchArray[], w: QuotedWords): Map<number, string> {
  const out = new Map<number, string>();
  const endOf = (m: RegExpMatchArray) => m.index! + m[0].length;
  for (let i = 0; i < quotes.length;) {
    let j = i;
    // “一网通办”和“一次办成”改革: a 和 may join a thing to a reform, not two reforms.
    while (j + 1 < quotes.length && /^、?$/.test(folded.slice(endOf(quotes[j]), quotes[j + 1].index))) j++;
    // A PDF may break the line inside the head (系列专项⏎行动).
    const after = folded.slice(endOf(quotes[j]), endOf(quotes[j]) + 14).replace(/\s*\n\s*/g, '');
    const closing = j > i ? w.listRe?.exec(after) : undefined;
    const head = closing?.[1] ?? closing?.[2];
    if (head) for (let k = i; k <= j; k++) out.set(quotes[k].index!, head);
    i = j + 1;
  }
  return out;
}

/** A count before the ending makes it no head: “两个一百年” and 70周年 are spans of years, not a campaign year (“消费促进年”). */
const guarded = (inner: string, head: string, guards: Record<string, readonly string[]>) =>
  (guards[head] ?? []).some((w) => inner.slice(0, -head.length).endsWith(w));

const REFORM = '改革';
/** One or two words of an act before 改革, no list word or particle among them (分置改革, 办理改革; not 等重点改革). */
const ACTED_REFORM = /^(?:(?![等的和与及重])[\u4e00-\u9fa5]){1,2}改革/;
const COUNT_ONLY = /^[一二三四五六七八九十两百\d]+大$/;

export function readQuotedPlans(folded: string, lexicon: Lexicon): QuotedPlan[] {
  const { named } = lexicon.plans;
  const words = quotedWords(lexicon);
  const { heads, afterRe, notAfter } = words;
  const out: QuotedPlan[] = [];
  const quotes = [...folded.matchAll(QUOTED)];
  const shared = listed(folded, quotes, words);
  for (const m of quotes) {
    const inner = m[1].replace(/\s*\n\s*/g, '');
    const start = m.index;
    let end = start + m[0].length;
    let kind: PlanKind | undefined;
    const head = heads.find((h) => inner.endsWith(h) && inner.length > h.length + 1);
    // “三大战略”, “六大行动”: a count of the plans the text lists around it, no plan of its own (“八项规定” is one).
    if (head && COUNT_ONLY.test(inner.slice(0, -head.length))) continue;
    const innerHead = words.inner.find((h) => inner.endsWith(h) && inner.length > h.length && !guarded(inner, h, named.headGuards));
    if (HORIZON.test(inner)) {
      kind = 'development_plan';
      // A brand with its year (“绿盾2018”) may open a longer name: the words after it up to a plan's head, in its clause.
      const longer = words.brandTail.exec(folded.slice(end, end + 24));
      if (longer) {
        end += longer[0].length;
        kind = named.heads[longer[1]] as PlanKind;
      }
    } else if (head) kind = named.heads[head] as PlanKind;
    else if (innerHead) {
      kind = named.quotedInnerHeads[innerHead] as PlanKind;
      // A head after the quotes is still the name's (人居环境综合整治“百日攻坚”行动).
      const next = folded.slice(end, end + 8);
      const after = (afterRe?.exec(next) ?? words.leadRe?.exec(next))?.[0].length;
      // Or the head a list of such names shares (“城市精细化管理年”“…提升年”活动).
      if (after === undefined && shared.has(start)) {
        out.push({ start, end, kind, head: shared.get(start)! });
        continue;
      }
      end += after ?? 0;
    } else if (shared.has(start)) {
      const head = shared.get(start)!;
      const word = head.replace(/^系列/, '');
      // Quoted events a lead head closes (“大国工匠进校园”、“劳模进校园”等活动) are promotions, no plans; a list of
      // campaign years (“…年”“…年”活动) is read above by its own ending.
      if (!(word in named.quotedHeads)) continue;
      out.push({ start, end, kind: named.quotedHeads[word] as PlanKind, head });
      continue;
    } else if (words.leadRe?.test(folded.slice(end, end + 8))) {
      const word = words.leadRe.exec(folded.slice(end, end + 8))![0];
      const lead = leadOf(folded, start, words);
      if (lead < start) out.push({ start: lead, end: end + word.length, kind: named.quotedLeadHeads[word] as PlanKind });
      continue;
    } else {
      const next = folded.slice(end, end + 8);
      const word = afterRe?.exec(next)?.[0];
      // “三权”分置改革, “零材料”办理改革: the act a reform changes may stand between its quoted name and 改革.
      const acted = word ? undefined : ACTED_REFORM.exec(next)?.[0];
      if (acted && REFORM in named.quotedHeads) {
        out.push({ start: leadOf(folded, start, words), end: end + acted.length, kind: named.quotedHeads[REFORM] as PlanKind });
        continue;
      }
      if (!word || notAfter?.test(folded.slice(end + word.length, end + word.length + 6))) continue;
      kind = named.quotedHeads[word] as PlanKind;
      end += word.length;
    }
    out.push({ start: leadOf(folded, start, words), end, kind });
  }
  return out;
}
