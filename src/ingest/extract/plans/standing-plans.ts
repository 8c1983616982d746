import type { Lexicon } from '../../lexicon';
import { foldForMatching } from '../../normalise';
import { alternation, prepared } from '../../segment';
import { phraseStart } from '../text/phrase';
import { fieldsBefore } from './listed-fields';

// Plans named by a head that only plans take (…战略, …规划纲要, …行动计划), wherever the text
// writes them, with no cue verb before: 与国家中长期…规划纲要相衔接, 是…战略的重要内容. The name
// runs back from the head to the first boundary (punctuation, a cue verb, a joining word, a
// preposition); whether what is left is one plan or only a kind of plan is named-plans' generic test.
// Heads any task may take (计划, 规划, 专项) name one plan so only where the name opens with the level of
// government that runs it (纳入省重点项目规划; 国家重点研发计划、国家自然科学基金), not a kind (国家级科技计划).
// Heads and boundaries are lexicon data (plans.json → named.standingHeads, standingBounds, leveledHeads).

export interface StandingPlan {
  start: number;
  end: number;
  head: string;
}

// Built once per lexicon, not per document.
interface StandingWords {
  re: RegExp;
  bounds: string[];
  verbs: string[];
  leveled: Set<string>;
  /** A place or level alone (青岛市, 国家). */
  polity: RegExp;
  /** What a plan serves, right after its head (需求). */
  served: RegExp;
  /** A place or region anywhere in a name. */
  placed: RegExp;
  /** A region opening a name. */
  region: RegExp;
}
const wordsOf = new WeakMap<Lexicon, StandingWords>();
function standingWords(lexicon: Lexicon): StandingWords {
  return prepared(wordsOf, lexicon, () => {
    const { named } = lexicon.plans;
    // 面向健康山东战略需求: what the plan serves may follow its head.
    const ends = [...named.ends, ...named.standingEnds].map(foldForMatching);
    // Only the heads standing alone need a level word before them: 行动计划 stands, 计划 needs 国家/省.
    const leveled = new Set(named.leveledHeads.filter((h) => !named.standingHeads.includes(h)));
    // 衔接国家科技重大专项成果: a leveled programme may be followed by its results.
    const leveledEnds = [...ends, ...named.leveledEnds.map(foldForMatching)];
    const leveledRe = leveled.size ? `|(?:${alternation([...leveled])})(?=${alternation(leveledEnds)}|”|$)` : '';
    const re = new RegExp(`(?:${alternation(named.standingHeads)})(?=${alternation(ends)}|”|$)${leveledRe}`, 'g');
    const bounds = [...named.cues, ...ends, ...named.leadingJoiners, ...named.before, ...named.standingBounds, '、', '“', '”'].map(
      foldForMatching,
    );
    // 紧密结合青岛市战略需求: a place or level alone before the head names whose strategies, not one of them.
    // (not 海洋强省, 科教兴市: a quality built into a place).
    const places = [...lexicon.places.cities, ...lexicon.places.provinces];
    const polity = new RegExp(`^(?:(?:${alternation(places)})[省市]?|${alternation(Object.keys(lexicon.plans.levels.before))})$`);
    // 面向健康山东战略需求: a name read before what it serves carries a place (围绕制造业创新发展战略需求 is a field's).
    const served = new RegExp(alternation(named.standingEnds.map(foldForMatching)), 'y');
    const placed = new RegExp(alternation([...places, ...named.programmes.regions]));
    // 黄河流域生态保护和高质量发展战略: a region's strategy joins its two aims with 和, one name.
    const region = new RegExp(`^(?:${alternation(named.programmes.regions)})`);
    return { re, bounds, verbs: [...lexicon.verbs.task, ...lexicon.verbs.adverbs], leveled, polity, served, placed, region };
  });
}

export function readStandingPlans(folded: string, lexicon: Lexicon): StandingPlan[] {
  const { named } = lexicon.plans;
  if (!named.standingHeads.length) return [];
  const { re, bounds, verbs, leveled, polity, served, placed, region } = standingWords(lexicon);
  const out: StandingPlan[] = [];
  for (const m of folded.matchAll(re)) {
    let start = phraseStart(folded, m.index, 24, bounds);
    // 实施扩大内需战略: a cue verb right after another, with one word left before the head, is the name's own verb.
    const verb = named.cues.find((c) => folded.endsWith(c, start));
    if (verb && m.index - start <= 2 && named.cues.some((c) => folded.endsWith(c, start - verb.length))) start -= verb.length;
    if (folded[start - 1] === '和') {
      const first = phraseStart(folded, start - 1, 24, bounds);
      if (first < start - 1 && region.test(folded.slice(first, start))) start = first;
      // 纳入本地区国民经济和社会发展规划: a field joined to its partner is one name with it, read from where it opens.
      else if (first < start - 1 && named.jointFields.some((f) => folded.endsWith(f, start - 1))) start = first;
    }
    // 深入实施大气、水、土壤污染防治行动计划: the fields listed before the name are what the one plan covers.
    start = fieldsBefore(
      folded,
      start,
      (at) => bounds.some((b) => b !== '、' && folded.endsWith(b, at)),
      Object.keys(lexicon.plans.levels.before),
    );
    // 更加积极主动的开放战略 describes a policy; 强化国家重大战略 is a task, not a name.
    // 教育信息化2.0行动计划 is cut inside its version number: no name.
    if (start === m.index || folded[start - 1] === '的' || /[\dA-Za-z.]/.test(folded[start - 1] ?? '')) continue;
    // 以数字中国建设作为国家数字化发展总体战略: after a copula the words say what a thing is.
    if (named.copulas.some((c) => folded.endsWith(c, start))) continue;
    // 本地区…发展规划, 各区市…规划: a determiner makes it a kind of plan, not one plan.
    if ([...verbs, ...named.standingNotFirst].some((v) => folded.startsWith(v, start))) continue;
    // 参与实施国家重点研发计划: a head any task may take names a plan after the level that runs it (not 国家级, 国家局).
    if (
      leveled.has(m[0]) &&
      !named.leveledOpeners.some(
        (o) => folded.startsWith(o, start) && !named.leveledNotAfter.some((w) => folded.startsWith(w, start + o.length)),
      )
    )
      continue;
    // 负责规划战略: a verb of planning before the head, not a name.
    const core = folded.slice(start, m.index);
    if (core in named.heads || core in lexicon.plans.suffixes || polity.test(core)) continue;
    served.lastIndex = m.index + m[0].length;
    if (named.standingEnds.length && served.test(folded) && !placed.test(core)) continue;
    // 京津冀协同发展、长江经济带发展三大战略: a count of the strategies listed before, not one more.
    if (/[一二三四五六七八九十两\d]+[大项个]$/.test(core)) continue;
    out.push({ start, end: m.index + m[0].length, head: m[0] });
  }
  return out;
}
