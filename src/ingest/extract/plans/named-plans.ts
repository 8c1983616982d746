import type { Lexicon } from '../../lexicon';
import { foldForMatching } from '../../normalise';
import { alternation, longestFirst, prepared, type SegmentedDocument } from '../../segment';
import { phraseStart, titleTest } from '../text/phrase';
import type { FactSink, NodeFact } from '../facts/facts';
import { levelBefore, otherScript, planLevelOf, planProperties, type PlanKind } from './plan-names';
import { carriedOutWords } from './carried-out';
import { readFoundations } from './foundations';
import { readLaws } from './laws';
import { allFields, fieldsBefore } from './listed-fields';
import { readListedProgrammes } from './listed-programmes';
import { readProgrammes } from './programmes';
import { readRegimes } from './regimes';
import { readQuotedPlans } from './quoted-plans';
import { readRulePolicies } from './rule-policies';
import { readStandingPlans } from './standing-plans';
import { periodNameStart } from './period-names';
import { unwrap, WRAPPED_BREAK } from '../text/wrapped';

// Plans named in running text without 《》: strategies, campaigns, initiatives and schemes a
// text carries out or issues (深入实施创新驱动发展战略, 开展清理拖欠企业账款专项行动, 出台外商投资法实施条例),
// the items of an enumeration after such a cue (实施A行动、B行动、C行动等九大行动), and a heading
// that names one (（一）算力设施“强基”行动). The heads, cues and generic words are lexicon data
// (plans.json → named). A name whose core is only generic words (专项行动, 三年行动) is no plan.

// A note in brackets inside a name (车联网（智能网联汽车）直连通信…规定) is part of it.
const NAME = '(?:[^，。；、：,;:\\n（）()《》]|[（(][^，。；、：,;:\\n（）()《》]{1,10}[）)]){1,28}?';
const ENUMERATE = /[、和及]/;
const BOX = /^专栏\s*[\d一二三四五六七八九十]+\s*/;
const CLAUSE_START = '(?<=^|[，。；：,;:]|[，。；：,;:\\n]\\n|^\\n)';
const NOTE = /^[（(][^（）()，。\n]{1,8}[）)]/;
/** Two characters opening a heading before its cue verb (科学编制, 严格执行): a manner word. */
const MANNER_CUE = /^\p{Script=Han}{2}/u;
const FIELD_THEN_LEVEL = /领域(?=国家|省|市)/;
/** A figure with its unit inside a name (66个, 54亿元). */
// Built once per cue list: the cue, then the items of a list before the name (企业配车、车辆保养、), to its end.
const basisBefore = new Map<string, RegExp>();

/** Whether a basis cue (根据) stands right before the name, or before the list it is an item of. */
function citedAsBasis(folded: string, start: number, cues: readonly string[]): boolean {
  if (!cues.length) return false;
  const key = cues.join('|');
  let re = basisBefore.get(key);
  if (!re) basisBefore.set(key, (re = new RegExp(`(?:${alternation(cues)})(?:[^，。；、：,;:\\n]{1,12}、)*$`)));
  return re.test(folded.slice(Math.max(0, start - 60), start));
}
/** The clause's words before a name, back to its punctuation (at most 24 characters). */
function clauseBefore(folded: string, start: number): string {
  const before = folded.slice(Math.max(0, start - 24), start);
  return before.slice(Math.max(...['，', '。', '；', '：', ',', ';', ':', '\n'].map((p) => before.lastIndexOf(p))) + 1);
}
/** A Latin acronym in brackets right after a name, with a capital letter (（3GPP）, （ISO）; not （2022）). */
const ACRONYM_GLOSS = /^[（(](?=[A-Za-z\d]*[A-Z])[A-Za-z\d]{2,10}[）)]/;
/** The clause's last words before a cue verb that ends it, when they end at a place word (呼伦贝尔市, 全区): its level. */
function placeBeforeCue(clause: string, cues: readonly string[], lexicon: Lexicon): { level?: string; city?: string } {
  const cue = cues.find((c) => clause.endsWith(c));
  if (!cue) return {};
  const place = /\p{Script=Han}{0,6}(?:市|省|自治区|区|县)$/u.exec(clause.slice(0, -cue.length))?.[0];
  return place ? planLevelOf(place, lexicon) : {};
}
/** A span of years in brackets right after a name (（2024—2026年）, (2021-2023)). */
const YEARS_AFTER = /^[（(]\s*\d{4}\s*[-—–~至]\s*\d{4}\s*年?\s*[）)]/;
/**
 * A plan a headline names in short (湖北印发数字经济发展“十四五”规划 over 《湖北省数字经济发展“十四五”规划》): the cited
 * plan of the same head whose name holds every character of the short one.
 */
function headlineShortOf(
  full: string,
  start: number,
  seg: SegmentedDocument,
  cited: readonly { name: string; fact: NodeFact }[],
): string | undefined {
  const title = seg.titleSpan;
  if (!title || start < title.start || start >= title.end) return undefined;
  const short = full.replace(/[“”\s]/g, '');
  const head = short.slice(-2);
  const held = cited.find((c) => c.name.endsWith(head) && c.name.length > short.length && [...short].every((ch) => c.name.includes(ch)));
  return held?.fact.name;
}

/** The level a name opens with when written without its place: the nation's, or a province's, city's or district's. */
const LEVEL_OPENER = /^(?:国家|省|市|区|县)/;
/** A place's name and level word opening a cited title (山东省, 青岛市, 海淀区). */
const PLACE_OPENER = /^[\u4e00-\u9fa5]{1,6}$/;
/**
 * A plan named with a bare level word that the text also cites by title (国家“十四五”数字经济发展规划 over 《“十四五”数字经济
 * 发展规划》; 省“十四五”数字经济发展规划 over 《浙江省“十四五”数字经济发展规划》): the cited plan, one node.
 */
function leveledShortOf(full: string, cited: readonly { name: string; fact: NodeFact }[]): string | undefined {
  const level = LEVEL_OPENER.exec(full)?.[0];
  if (!level) return undefined;
  const rest = full.slice(level.length);
  if (rest.length < 6) return undefined;
  const held = cited.find((c) => {
    if (level === '国家') return c.name === rest;
    const place = c.name.slice(0, -rest.length);
    return c.name.endsWith(rest) && place.endsWith(level) && PLACE_OPENER.test(place.slice(0, -level.length));
  });
  return held?.fact.name;
}

/** The same closing a cited title's name. */
const YEARS_CLOSING = /[（(]\s*\d{4}\s*[-—–~至]\s*\d{4}\s*年?\s*[）)]$/;
const HOLDS_AMOUNT = /\d[\d.]*\s*[万亿千]?(?:元|个|项|家|户|人)/;
/** Two names of four words or more joined by one 和, with no quote (“五位一体”…和…). */
const JOINED_PAIR = /^([^和“”]{4,})和[^和“”]{4,}$/;

interface Found {
  start: number;
  end: number;
  head: string;
  strong?: boolean;
  shared?: boolean;
  /** A programme named without a head word (推进京津冀协同发展): its kind. */
  kind?: PlanKind;
  /** Read whole by its own rule (a law, 宪法): no list or generic-word test cuts it. */
  whole?: boolean;
  /** Another written form of the name (…30年政策 for …30年的政策). */
  alias?: string;
}

export function readNamedPlans(
  seg: SegmentedDocument,
  sink: FactSink,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
  taken: readonly { start: number; end: number }[],
  /** The level of the document's own plan: a national text's strategies are national. */
  ownLevel?: unknown,
  /** The 《》 titles the text cites (folded name, fact). */
  cited: readonly { name: string; fact: NodeFact }[] = [],
): NodeFact[] {
  const w = namedPlanWords(lexicon);
  // 陕西出台秦创原…三年行动计划 over 《秦创原…三年行动计划（2021—2023年）》: the name without its span of years is the
  // cited plan's, as one written with it is.
  const spanned = new Map<string, string>();
  for (const c of cited) {
    const years = YEARS_CLOSING.exec(c.name);
    if (years) spanned.set(c.name.slice(0, years.index), c.fact.name);
  }
  const { named, heads, afterCue, subject, item, cues, joinedCue, quotedJoiner, listedPolicy } = w;
  if (!heads.length) return [];
  // A name a print layout wraps (积极应对人口老龄化⏎战略) is read in the view with the wrapped breaks joined.
  const view = unwrap(seg.folded, true);
  const folded = view.text;
  const { document } = seg;
  const found: Found[] = [];
  const boundAt = (at: number) => w.standingBounds.find((b) => folded.startsWith(b, at))?.length ?? 0;
  const cueAt = (at: number) =>
    cues.find((c) => folded.startsWith(c, at))?.length ?? joinedCue.exec(folded.slice(at, at + 12))?.[0].length ?? 0;
  const take = (start: number, end: number, strong = false, titled?: number) => {
    // 制定落实具体实施细则: the name starts after the last cue, and after the 了 that marks it done (印发实施了…方案).
    // 实施扩大内需战略: a cue right after another, with one word and the head left, is the name's own verb.
    const afterCue = (at: number) => cues.some((c) => folded.endsWith(c, at));
    for (let cue = cueAt(start); cue && start + cue < end && !(end - start - cue <= 4 && afterCue(start)); cue = cueAt(start)) {
      start += cue;
      if (folded[start] === DONE && start + 1 < end) start++;
    }
    // 推进数字政府建设是落实网络强国战略的重要举措: a copula in the words read opens a predicate, and the plan is named in
    // it, after its verb (落实, 践行).
    const copula = lastCopula(folded, start, end);
    if (copula >= 0) {
      start = copula + 1;
      for (let cue = cueAt(start) || boundAt(start); cue && start + cue < end; cue = cueAt(start) || boundAt(start)) start += cue;
    }
    if (titled !== undefined) start = titled;
    // 实施大气、水、土壤污染防治行动计划: fields of one or two characters listed before the name are what one plan covers.
    start = fieldsBefore(folded, start, (at) => afterCue(at) || named.before.some((b) => folded.endsWith(b, at)), w.governments);
    // 依据标准自主制订人才培养方案: a drafting verb inside names what follows it.
    for (const v of w.draftCues) {
      const at = folded.lastIndexOf(v, end - 1);
      if (at > start && at + v.length < end) start = at + v.length;
    }
    // 制定符合自身特点的一体化大数据中心建设规划: what stands before 的 describes the plan (编制的“十一五”重点专项规划: a
    // name never opens with the particle), when
    // enough of a name follows it (not …的意见, not 关于…的指导性意见) and what follows is more than a kind of plan
    // (修订政府核准的投资项目目录: 投资项目目录 alone names none).
    const of = folded.lastIndexOf('的', end - 1);
    if (
      of >= start &&
      end - of - 1 >= 6 &&
      !heads.some((h) => h.startsWith('的') && folded.startsWith(h, of)) &&
      !generic(
        folded.slice(of + 1, end),
        heads.filter((h) => folded.slice(of + 1, end).endsWith(h)).sort((a, b) => b.length - a.length)[0] ?? '',
        named.generic,
      )
    )
      start = of + 1;
    // 参与实施人工智能相关领域国家科技重大专项: the field a programme serves is no part of its name, which opens at its level word.
    const field = FIELD_THEN_LEVEL.exec(folded.slice(start, end));
    if (field) start += field.index + field[0].length;
    // 融入国家“一带一路”和自治区向北开放战略: the head names the item after the joiner; the quoted
    // name before it is a plan of its own.
    const joined = [...folded.slice(start, end).matchAll(quotedJoiner), ...folded.slice(start, end).matchAll(w.endJoiner)]
      .sort((a, b) => a.index + a[0].length - (b.index + b[0].length))
      .pop();
    if (joined) start += joined.index + joined[0].length;
    // A quote opened in the name closes after the head (“放心消费行动”).
    if (count(folded.slice(start, end), '“') > count(folded.slice(start, end), '”') && folded[end] === '”') end++;
    const head = heads.filter((h) => folded.slice(start, end).replace(/”$/, '').endsWith(h)).sort((a, b) => b.length - a.length)[0];
    // 坚持实施区域协调发展和新型城镇化战略: two strategies of four words or more joined by 和 share the head
    // (not 信息化领先发展和带动战略, one strategy of two aims; a region's strategy is read whole by standing-plans).
    const pair = head && named.heads[head] === 'strategy' ? JOINED_PAIR.exec(folded.slice(start, end - head.length)) : null;
    if (pair && !w.region.test(pair[1])) {
      found.push({ start, end: start + pair[1].length, head, strong, shared: true });
      found.push({ start: start + pair[1].length + 1, end, head, strong });
    } else if (head) found.push({ start, end, head, strong });
    return end;
  };
  for (const m of [...folded.matchAll(afterCue), ...folded.matchAll(subject)]) {
    // The name is the one group the reading filled (a subject, or a name inside its frame).
    const name = m.slice(1).find((g) => g !== undefined) ?? '';
    // 关于推进政务新媒体健康有序发展的意见: a title's opener before the cue starts the name.
    const opener = w.titleOpeners.find((o) => folded.startsWith(o, m.index - o.length));
    let end = take(m.index + m[0].length - name.length, m.index + m[0].length, false, opener ? m.index - opener.length : undefined);
    // The rest of an enumeration: 、B行动、C行动 (等九大行动 ends it), …战略和D战略, past a
    // bracketed note on an item (…计划（创业类）和…计划).
    for (;;) {
      end += NOTE.exec(folded.slice(end, end + 12))?.[0].length ?? 0;
      if (!ENUMERATE.test(folded[end] ?? '')) break;
      item.lastIndex = end + 1;
      const next = item.exec(folded);
      // 制定出台…管理办法、…实施方案、数字经济创新创业政策: a policy listed among the papers a text draws up is one of them.
      const policy =
        next || !listedPolicy || !w.draftCues.some((c) => folded.startsWith(c, m.index)) ? null : readAt(listedPolicy, folded, end + 1);
      if (policy) {
        found.push({ start: end + 1, end: end + 1 + policy[0].length, head: named.rulePolicies.head, kind: 'measures' });
        end += 1 + policy[0].length;
        continue;
      }
      if (!next) break;
      end = take(end + 1, end + 1 + next[0].length);
    }
  }
  // One head shared by a list (落实制造强国、网络强国战略; 制定A、B、C等条例): each item is a plan
  // of that head, the last one included.
  for (const m of w.sharedHeads.flatMap((re) => [...folded.matchAll(re)])) {
    // Only some kinds are shared so (信息采集、体征监测…计划 are steps of one scheme); a campaign's
    // items are named actions (农作物高产创建、现代种业数字化提升行动), not verbs (清理、整治行动) or
    // the things acted on (互联网网站、移动互联网应用改造专项行动).
    const kind = named.heads[m[3]];
    // 严格执行钢铁、水泥、平板玻璃等行业产能置换办法: items of one or two characters are the fields one plan covers.
    // 落实就业优先政策、推进职业技能提升行动: an item opening with a cue verb is a clause of its own, no list sharing a head.
    if ([...m[1].split('、').slice(1), m[2]].some((i) => cues.some((c) => i.startsWith(c)))) continue;
    // Whole: its 等 (…等行业) is the list's, no summing up of plans.
    // 编制铁路、公路、水运、民航、邮政等专项规划: a list of fields before only generic words names a kind of plan, none.
    if (allFields(m[1].split('、').filter(Boolean), w.governments)) {
      if (generic(m[2].slice(m[2].lastIndexOf('等') + 1) + m[3], m[3], named.generic)) continue;
      const start = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1])).length;
      found.push({ start, end: m.index + m[0].length, head: m[3], whole: true });
      continue;
    }
    // 实施普通中小学生涯教育、职业启蒙和体验教育行动计划: a plan of another kind named by the fields it covers,
    // its list closed by 和, is one plan.
    // 实施好就业促进、创业引领、基层成长等计划: named items a 等 closes right before the bare head share it,
    // whatever the kind.
    const etc = m[2].endsWith('等') && [...m[1].split('、').filter(Boolean), m[2].slice(0, -1)].every((i) => i.length >= 4);
    if (!named.sharedKinds.includes(kind) && !etc) {
      if (
        /[和及与]/.test(m[2]) &&
        m[1]
          .split('、')
          .filter(Boolean)
          .every((i) => i.length >= 4)
      ) {
        found.push({ start: m.index + m[0].length - m[0].slice(m[0].indexOf(m[1])).length, end: m.index + m[0].length, head: m[3] });
      }
      continue;
    }
    // The head must read as one with the last item (行政执|法 is 执法, no list of laws).
    if ((named.headGuards[m[3]] ?? []).some((w) => m[2].endsWith(w))) continue;
    // …、可持续发展、军民融合发展等重大战略: a 等 before only generic words (重大, 国家) closes the list; its last item
    // ends there and shares the head too.
    const last = m[2].replace(/等$/, '');
    const etcAt = last.lastIndexOf('等');
    const summed = etcAt >= 4 && generic(last.slice(etcAt + 1) + m[3], m[3], named.generic);
    const list = [...m[1].split('、').filter(Boolean), summed ? last.slice(0, etcAt) : last];
    let at = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1])).length;
    // 深入实施科技创新攻坚行动、产业链提升行动等专项行动: items that carry a head of their own are plans each (the
    // head after 等 only sums them up), not the things one campaign acts on.
    const ownHead = (i: string) => heads.filter((h) => i.endsWith(h)).sort((a, b) => b.length - a.length)[0];
    const closed = etc || summed;
    const headed = list.length > 1 && list.slice(0, closed ? undefined : -1).every((i) => i.length >= 4 && ownHead(i) !== undefined);
    if (!headed && kind === 'campaign' && list.some((i) => i.length < 4 || !named.actionEnds.some((w) => i.endsWith(w)))) {
      // The things one campaign acts on (适老化、无障碍改造行动): the whole list is its name,
      // when its last item names the action (not 清理、整治行动).
      // 提升…效能、支撑…建设三年行动: a span of years is no part of the action.
      const last = list[list.length - 1].replace(/专项$/, '').replace(/[一二三四五六七八九十两\d]+年$/, '');
      // A head that is itself the action (柴油货车、船舶超标排放专项治理) names the things its list holds.
      const acting = named.actionEnds.some((w) => m[3].endsWith(w));
      if ((last.length >= 4 && named.actionEnds.some((w) => last.endsWith(w))) || (acting && last.length >= 2))
        found.push({ start: at, end: m.index + m[0].length, head: m[3] });
      continue;
    }
    for (const [i, item] of list.entries()) {
      // 围绕实施网络强国战略、大数据战略: a second cue opens the first item, and an item written with
      // its own head takes no second one. 规划实施中贯彻落实科教兴国、人才强国…等重大战略: the first item runs from
      // the last cue inside it.
      const cue = i === 0 ? Math.max(lastCueEnd(item, w.cueWords), cueAt(at)) : cueAt(at);
      const start = cue < item.length ? at + cue : at;
      const own = headed ? ownHead(item) : undefined;
      found.push({ start, end: at + item.length, head: own ?? m[3], shared: !own && !item.endsWith(m[3]) });
      at += item.length + 1;
    }
  }
  // Quotes mark a name (“八项规定”): no generic test.
  // A list's quoted items take the head it shares (“清朗”“净网”系列专项行动).
  found.push(...readProgrammes(folded, lexicon).map((p) => ({ ...p, head: '', strong: true })));
  found.push(...readLaws(folded, lexicon).map((p) => ({ ...p, head: '', strong: true, whole: true })));
  found.push(...readFoundations(folded, lexicon).map((p) => ({ ...p, head: '', strong: true, whole: true })));
  found.push(...readRegimes(folded, lexicon).map((p) => ({ ...p, head: '', strong: true, whole: true })));
  found.push(...readListedProgrammes(folded, lexicon).map((p) => ({ ...p, head: '', strong: true, whole: true })));
  found.push(
    ...readRulePolicies(folded, lexicon).map((p) => ({ ...p, head: '', kind: 'measures' as PlanKind, strong: true, whole: true })),
  );
  found.push(...readQuotedPlans(folded, lexicon).map((p) => ({ ...p, head: p.head ?? '', shared: p.head !== undefined, strong: true })));
  // A head only plans take names one wherever it is written (与…规划纲要相衔接): the generic test applies.
  // A name read after a cue is the surer reading of the same words.
  const cued = [...found];
  found.push(...readStandingPlans(folded, lexicon).filter((p) => !cued.some((f) => f.start < p.end && p.start < f.end)));
  // A five-year plan is named wherever it is written (实现“十四五”规划目标任务), from its own words
  // back to the first boundary (市工业和信息化“十四五”专项规划).
  for (const m of folded.matchAll(w.fiveYear)) {
    // 是“十四五”国家规划体系的重要组成部分: the system the plans make up, no plan.
    if (folded.startsWith(SYSTEM, m.index + m[0].length)) continue;
    const end = m.index + m[0].length;
    const from = phraseStart(folded, m.index, 14, w.boundaries);
    // 结合各自“十四五”规划, 各区“十四五”规划: each body's own plan, a kind of plan, not one.
    if (EACH.test(folded.slice(from, m.index))) continue;
    take(periodNameStart(folded, from, end, lexicon, w.boundaries), end, true);
  }
  for (const section of seg.sections) {
    const [start, end] = [view.of(section.heading.start), view.of(section.heading.end)];
    // A boxed list of a plan's actions (专栏 1 智能制造技术攻关行动) is headed by its box label.
    const box = BOX.exec(section.headingText);
    const at = box ? start + box[0].length : start;
    if (!w.heading.test(folded.slice(at, end)) || taskOnHead(folded.slice(at, end), lexicon)) continue;
    // （一）科学编制规划, 严格执行规划: a manner word and a cue verb open the heading's clause; the name follows the cue.
    const manner = MANNER_CUE.exec(folded.slice(at, end));
    const cue = manner ? cueAt(at + manner[0].length) : 0;
    // 二、支持企业参与国家重点研发计划和国家科技重大专项: a heading that is a task whose cue comes later is a sentence;
    // the plans in it are read as in running text.
    if (!cue && !cueAt(at) && opensWithTask(folded.slice(at, end), lexicon) && lastCueEnd(folded.slice(at, end), w.cueWords) > 0) continue;
    take(cue ? at + manner![0].length + cue : at, end);
  }
  // 对本地区“十一五”规划, 召开北京市“十四五”规划…: a name holding a five-year period reaches back only over its place or field.
  for (const f of found) if (!f.whole) f.start = periodNameStart(folded, f.start, f.end, lexicon, w.boundaries);
  const out: NodeFact[] = [];
  // Sorted by start, the kept spans never overlap: one overlaps a kept span iff it starts before
  // the furthest end kept so far (no pairwise scan).
  let keptEnd = -1;
  // The first name each government's five-year plan was read under (区“十四五”规划), for its 纲要 written later.
  const periodPlans = new Map<string, string>();
  const inTitle = titleTest(folded);
  // A quoted item of a list goes before a cued reading of the whole list from the same place.
  for (const f of found.sort(
    (a, b) => a.start - b.start || Number(!!b.shared && b.strong) - Number(!!a.shared && a.strong) || b.end - a.end,
  )) {
    const name = folded.slice(f.start, f.end);
    const full = f.shared ? name + f.head : name;
    const [start, end] = view.span(f.start, f.end);
    if (!relevant(start) || f.start < keptEnd || (!f.strong && generic(full, f.head, named.generic))) continue;
    // 组织实施一批省级重点领域研发计划: a count opening the name makes it a kind, some plans of that kind.
    if (!f.strong && named.countsFirst.some((w) => full.startsWith(w))) continue;
    // 对接国家、自治区和呼伦贝尔市重大发展战略: the governments whose strategies these are, no one plan.
    // 贯彻落实国家和本市规划纲要: read before its generic words go (国家 is one), the list is still of governments.
    if (!f.strong && (w.polities.test(core(full, f.head, named.generic)) || w.polities.test(beforeHeadOf(full, f.head)))) continue;
    // 和努力普及…行动: the cue belonged to an earlier phrase; 现代化等战略: a list's summary.
    // The name less its plain words is read once here, not again for every word looked for in it.
    const plainFull = f.whole ? '' : plain(full, named.notInsideWords);
    const beforeHead = full.slice(0, -f.head.length);
    if (
      (!f.whole && named.notInside.some((w) => plainFull.includes(w) && !(w === '等' && namedAfterEtc(full, f.head, lexicon)))) ||
      named.leadingJoiners.some((j) => full.startsWith(j)) ||
      beforeHead.endsWith('等') ||
      (f.head && named.notBeforeHead.some((w) => beforeHead.endsWith(w))) ||
      (f.head && (named.headGuards[f.head] ?? []).some((w) => beforeHead.endsWith(w)))
    )
      continue;
    // 现就深化我省预算管理制度改革提出以下实施意见: the document naming itself (提出以下实施意见), read as its own plan.
    if (w.namesItself?.test(full)) continue;
    // 治国理政新理念新思想新战略: a head closing a run of 新 words is one of the new things a slogan lists, no plan.
    if (!f.strong && NEW_RUN.test(beforeHead)) continue;
    // 按照省委“一个指引、两手硬”重大思路: a name that opens a quote it never closes is cut from a slogan's words.
    if (UNCLOSED_QUOTE.test(full)) continue;
    // 融入城市的规划: a bare head after 的 is what a thing has, not a plan's name.
    if (f.head.length <= 2 && full.endsWith(`的${f.head}`)) continue;
    // 能够根据线路行车计划、驾驶员出勤…, 根据企业配车、车辆保养、站务调整等计划: a bare schedule head cited as what
    // the work goes by (the cue right before it or its list) is an operating schedule, not a plan.
    if (!f.strong && named.scheduleHeads.includes(f.head) && citedAsBasis(folded, f.start, named.basisCues)) continue;
    // 支持龙头企业制定产业链上下游协同改造方案, 指导学生…制定差异化修读方案: what an enterprise, school or student
    // drafts for itself is its own working paper, not a plan the document names.
    if (!f.strong && w.ownDraft?.test(clauseBefore(folded, f.start))) continue;
    // 定期发布攻关目录指南: a paper issued at intervals is a series, not one plan the document names (a cited title,
    // 定期修订《国家智能制造标准体系建设指南》, is read as a title).
    if (!f.strong && w.periodic?.test(clauseBefore(folded, f.start))) continue;
    // 以及频率规划等方面的交流: a name a list of fields closes is a field of work, not a plan.
    if (!f.whole && named.fieldsAfter.some((w) => folded.startsWith(w, f.end))) continue;
    // 参与第三代合作伙伴计划（3GPP）等全球知名标准化组织活动: a name glossed by a Latin acronym is a body's.
    if (!f.strong && ACRONYM_GLOSS.test(folded.slice(f.end, f.end + 14))) continue;
    // 完成今年66个重点项目54亿元的投资计划: a name holding an amount is what a plan commits, not its name.
    if (!f.strong && HOLDS_AMOUNT.test(full)) continue;
    if (taken.some((t) => start < t.end && t.start < end) || inTitle(f.start)) continue;
    keptEnd = Math.max(keptEnd, f.end);
    const kind = f.kind ?? (named.heads[f.head] as PlanKind);
    // A list item takes the head the list shares: its name is more than its span.
    const bareWritten = document.text.slice(start, end).replace(WRAPPED_BREAK, '') + (f.shared ? f.head : '');
    // 印发…三年行动计划（2024—2026年）: the span of years a title carries is part of its name, as in its 《》 form.
    const span = f.shared ? null : YEARS_AFTER.exec(folded.slice(f.end, f.end + 16));
    // 研究区“十四五”规划基本思路…启动区“十四五”规划纲要前期研究: a government's five-year plan and its 纲要 are one plan.
    const periodKey = w.periodPlan.test(full) ? full.replace(/纲要$/, '') : undefined;
    const citedName =
      (span ? undefined : (spanned.get(full) ?? headlineShortOf(full, start, seg, cited) ?? leveledShortOf(full, cited))) ??
      (periodKey === undefined ? undefined : periodPlans.get(periodKey));
    const written =
      citedName ??
      (span
        ? bareWritten + document.text.slice(view.span(f.end, f.end + span[0].length)[0], view.span(f.end, f.end + span[0].length)[1])
        : bareWritten);
    // A quoted brand after a verb phrase (打击网络侵权盗版“剑网2022”专项行动) is named by it too.
    const quote = written.indexOf('“');
    const aliases = [
      ...(span || citedName ? [bareWritten] : []),
      ...(quote >= 4 ? [written.slice(quote)] : []),
      ...otherScript(written, full.replace(WRAPPED_BREAK, '')),
      ...(f.alias ? [f.alias] : []),
    ];
    const props = planProperties(full, kind, lexicon, seg.city);
    const before = props.level === undefined ? levelBefore(folded, f.start, lexicon) : undefined;
    if (before) props.level = before;
    // 结合呼伦贝尔市开展城市违法建设治理活动: a place the clause names right before the cue verb carries the plan out.
    if (props.level === undefined) Object.assign(props, placeBeforeCue(clauseBefore(folded, f.start), w.cues, lexicon));
    // A plan a national document names with no place is a national one (乡村振兴战略 in a State Council
    // text). A provincial or city plan's unplaced campaigns and schemes are its own level's (实施科技创新
    //攻关行动 in a city plan); the strategies it serves may be the nation's, so they are left open.
    if (props.level === undefined && typeof ownLevel === 'string') {
      if (ownLevel === 'national' && named.nationalKinds.includes(kind)) props.level = 'national';
      else if (ownLevel !== 'national' && named.localKinds.includes(kind)) props.level = ownLevel;
    }
    const fact = sink.node('Plan', written, start, end, props, { aliases });
    if (periodKey !== undefined && !periodPlans.has(periodKey)) periodPlans.set(periodKey, written);
    // 今年是全面实施“十三五”规划的第一年 in a district's report: a five-year plan named by its period alone is the
    // plan of the government speaking, not the nation's of the same words; a local one is this document's.
    if (w.barePeriodPlan.test(full) && typeof props.level === 'string' && props.level !== 'national') fact.documentScoped = true;
    out.push(fact);
  }
  return out;
}

interface NamedPlanWords {
  /** The lexicon's words, cue and end words folded as the text is (，服务 is written ,服务 there). */
  named: Lexicon['plans']['named'];
  heads: string[];
  cues: string[];
  draftCues: string[];
  afterCue: RegExp;
  subject: RegExp;
  item: RegExp;
  joinedCue: RegExp;
  /** 融入“一带一路”和…战略, “五马六乱”专项治理和…行动: a joiner after a quoted name (and its head) starts the next item. */
  quotedJoiner: RegExp;
  /** 落实…环境保护制度和主体功能区规划: a joiner after a word that ends a name starts the next item. */
  endJoiner: RegExp;
  sharedHeads: RegExp[];
  /** A list of two or more governments and nothing else (国家、自治区和…市). */
  polities: RegExp;
  /** Level words (国家, 省): governments, no field a plan covers. */
  governments: string[];
  fiveYear: RegExp;
  /** A five-year plan named by its period alone (“十三五”规划). */
  barePeriodPlan: RegExp;
  /** A government's five-year plan, its place or level and period before 规划 or 规划纲要 (区“十四五”规划纲要). */
  periodPlan: RegExp;
  boundaries: string[];
  heading: RegExp;
  titleOpeners: string[];
  /** A region opening a name (黄河流域…): a region's strategy of two aims is one. */
  region: RegExp;
  /** Words a plan read wherever written stops at (践行, 面向), longest first: a predicate's verb before the name. */
  standingBounds: string[];
  /** 支持龙头企业制定…方案: an enterprise, school or student drafting (or carrying out) right before the name (its own paper, no plan). */
  ownDraft?: RegExp;
  /** 定期发布攻关目录指南: a cue verb made periodic right before the name (a series issued, no one plan). */
  periodic?: RegExp;
  /** An item of a list of papers drawn up that is a policy (…、数字经济创新创业政策), read from the item's start. */
  listedPolicy?: RegExp;
  /** Any cue verb, to find the last one inside a list's first item. */
  cueWords: RegExp;
  /** A name ending in the words a document names itself with (提出以下实施意见, 制定本方案), a qualifier between. */
  namesItself?: RegExp;
}

const PILOT = '试点';
const PERIOD_OPEN = '[“"‘「]?';
const PERIOD_CLOSE = '[”"’」]?';
const SPECIAL = '专项';
// Built once per lexicon: every document reads with the same patterns.
const wordsOf = new WeakMap<Lexicon, NamedPlanWords>();
/** What plans together make up (规划体系), named after their head. */
/** 各 opening the words right before a period (各自, 各区): every body's plan of that period. */
const EACH = /各[\u4e00-\u9fa5]{0,3}$/;
const SYSTEM = '体系';

/** The aspect word a verb may carry (制定了): never the first word of a name. */
const DONE = '了';

function namedPlanWords(lexicon: Lexicon): NamedPlanWords {
  return prepared(wordsOf, lexicon, () => {
    const { plans } = lexicon;
    const named = { ...plans.named, cues: plans.named.cues.map(foldForMatching), ends: plans.named.ends.map(foldForMatching) };
    const heads = Object.keys(named.heads);
    const headRe = alternation(heads);
    // 市场准入负面清单试点: 试点 ends the name of the list a pilot tries, but 专项试点 is itself a pilot (省级…专项试点建设).
    const ends = `(?:(?=${alternation(named.ends.filter((e) => e !== PILOT))}|”|$)|(?<!${SPECIAL})(?=${PILOT}))`;
    // A PDF may break the line right after the cue (深入实施⏎数字化…行动).
    // 制定了…专项行动方案: the aspect word after the cue is the verb's, not the name's.
    const afterCue = new RegExp(`(?:${alternation(named.cues)})${DONE}?\\n?(${NAME}(?:${headRe}))${ends}`, 'g');
    // Or the plan opens its clause and the verb follows (科教兴区战略深入实施); a line break opens
    // one only after punctuation or a blank line (a PDF wraps lines mid-sentence). Or it opens the
    // clause inside a frame (以国家新型城镇化规划为指导): the frame's first word is not the name's.
    const carried = carriedOutWords(named);
    const frames = Object.entries(named.frames).map(([open, close]) => `${open}(${NAME}(?:${headRe}))(?=${close})`);
    const subject = new RegExp(
      `${CLAUSE_START}(?:(${NAME}(?:${headRe}))(?=${alternation(carried)})${frames.map((f) => `|${f}`).join('')})`,
      'g',
    );
    const item = new RegExp(`${NAME}(?:${headRe})${ends}`, 'y');
    // 深入推进和努力普及健康中国行动: a second verb joined to the cue is a cue too.
    const joinedCue = new RegExp(`^(?:${alternation(named.leadingJoiners)})[^，。；、,;]{0,3}?(?:${alternation(named.cues)})`);
    // “五马六乱”专项治理和城乡结合部…行动: a quoted name may carry its own head before the joiner.
    // 落实国家环境保护制度和主体功能区规划: a word that ends a name (制度, 要求) before a joiner ends an item of its own.
    // 实施智能制造工程和制造业数字化转型行动: a project's head before a joiner ends an item too (the 工程 is no plan).
    const endWords = [...named.ends.filter((e) => /^[\u4e00-\u9fff]{2,}$/.test(e)), ...named.itemEnds.map(foldForMatching)];
    const endJoiner = new RegExp(`(?:${alternation(endWords)})(?:${alternation(named.leadingJoiners)})`, 'g');
    const quotedJoiner = new RegExp(`”(?:${alternation(Object.keys(named.quotedHeads))})?(?:${alternation(named.leadingJoiners)})`, 'g');
    const items = `((?:[^，。；、：,;:\\n（）()《》“”]{2,16}、){1,30})(${NAME})(${headRe})`;
    const sharedHeads = [
      new RegExp(`(?:${alternation(named.cues)})${DONE}?${items}${ends}`, 'g'),
      new RegExp(`${CLAUSE_START}${items}(?=${alternation(carried)})`, 'g'),
    ];
    const government = `\\p{Script=Han}{0,5}?(?:${alternation(Object.keys(plans.levels.before))})`;
    const polities = new RegExp(`^${government}(?:[、和与及]${government})+$`, 'u');
    const fiveYearWords = alternation(Object.keys(plans.fiveYearPeriods));
    // The period as a text may write it: in curly, straight or corner quotes, or none (十四五数字经济发展规划).
    const period = `${PERIOD_OPEN}(?:${fiveYearWords})${PERIOD_CLOSE}`;
    const time = plans.fiveYearTimes.length ? `(?!${alternation(plans.fiveYearTimes)})` : '';
    const fiveYear = new RegExp(`${period}${time}[^，。；、：,;:\\n《》()（）“”"]{0,12}?(?:规划纲要|规划)`, 'g');
    const barePeriodPlan = new RegExp(`^${period}(?:规划纲要|规划)$`);
    const periodPlan = new RegExp(`^[^，。；、“”]{0,8}?${period}规划(?:纲要)?$`);
    const boundaries = [...named.cues, ...named.ends, ...named.leadingJoiners, ...named.before];
    const heading = new RegExp(`^${NAME}(?:${headRe})$`);
    const drafters = named.ownBodies.map(foldForMatching);
    const ownActs = [...named.draftCues, ...named.ownActs].map(foldForMatching);
    const ownDraft =
      drafters.length && ownActs.length
        ? new RegExp(`(?:${alternation(drafters)})[^，。；：,;:\n]{0,14}(?:${alternation(ownActs)})$`)
        : undefined;
    const periodic = named.periodic.length
      ? new RegExp(`(?:${alternation(named.periodic.map(foldForMatching))})(?:${alternation(named.cues)})$`)
      : undefined;
    const policyHead = named.rulePolicies.head;
    const listedPolicy = policyHead ? new RegExp(`${NAME}${policyHead}(?=[，。；,;]|$)`, 'y') : undefined;
    const namesItself =
      named.selfCues.length && named.selfWords.length
        ? new RegExp(`(?:${alternation(named.selfCues)})\\p{Script=Han}{0,4}?(?:${alternation(named.selfWords)})$`, 'u')
        : undefined;
    return {
      cueWords: new RegExp(alternation(named.cues), 'g'),
      namesItself,
      named,
      heads,
      listedPolicy,
      cues: longestFirst(named.cues),
      draftCues: named.draftCues.map(foldForMatching),
      afterCue,
      subject,
      item,
      joinedCue,
      quotedJoiner,
      endJoiner,
      sharedHeads,
      governments: Object.keys(plans.levels.before),
      polities,
      fiveYear,
      barePeriodPlan,
      periodPlan,
      boundaries,
      heading,
      ownDraft,
      periodic,
      titleOpeners: named.titleOpeners.map(foldForMatching),
      region: new RegExp(`^(?:${alternation(named.programmes.regions)})`),
      standingBounds: longestFirst(named.standingBounds.map(foldForMatching)),
    };
  });
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** A name less its head and a closing quote. */
const beforeHeadOf = (name: string, head: string) => {
  const bare = name.replace(/”$/, '');
  return bare.slice(0, bare.length - head.length);
};

/** Where the last cue verb inside an item ends (0 when it holds none). */
function lastCueEnd(item: string, cues: RegExp): number {
  let end = 0;
  for (const m of item.matchAll(cues)) end = m.index + m[0].length;
  return end;
}

/** 新理念新思想新…: two or more new things before a head that is itself only new. */
const NEW_RUN = /(?:新\p{Script=Han}{2}){2,}新$/u;
const UNCLOSED_QUOTE = /“[^”"]*$/;
const COPULA = '是';
/** 是否 asks; it links nothing. */
const NOT_COPULA = '否';

/** Where the last copula (是) stands in folded[start, end), or -1: the words after it are a predicate of their own. */
function lastCopula(folded: string, start: number, end: number): number {
  for (let at = folded.lastIndexOf(COPULA, end - 1); at >= start; at = folded.lastIndexOf(COPULA, at - 1)) {
    if (folded[at + 1] !== NOT_COPULA) return at;
  }
  return -1;
}

/** A sticky pattern's match right at `at`, or null. */
function readAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A name less the plain words that hold a bar mark (高等 holds 等). */
const plain = (name: string, words: readonly string[]) => words.reduce((n, w) => (n.includes(w) ? n.split(w).join('·') : n), name);

/**
 * 东北地区等老工业基地振兴战略, 严禁大货车进城等专项整治行动: a 等 that closes an example inside the
 * name, with a name of its own words after it (not 现代化等战略, a list's summary).
 */
function namedAfterEtc(name: string, head: string, lexicon: Lexicon): boolean {
  const after = name.slice(name.lastIndexOf('等') + 1, name.length - head.length);
  // …等国家科技计划: a level word after 等 names the class the examples belong to.
  const classed = Object.keys(lexicon.plans.levels.before).some((l) => after.startsWith(l));
  return head.length > 0 && after.length >= 4 && !classed && !/[、“”]/.test(name);
}

/** A name less its head, quotes, digits and generic words of more than one character. */
function core(name: string, head: string, words: readonly string[]): string {
  let core = name
    .replace(/”$/, '')
    .slice(0, -head.length)
    .replace(/[“”"\s\d]/g, '');
  for (const w of genericWords(words).long) if (core.includes(w)) core = core.split(w).join('');
  return core;
}

// A generic word list split once per list (the lexicon's), not per name weighed: its words of more than one
// character longest first, and its one-character words.
const genericLists = new WeakMap<readonly string[], { long: string[]; singles: Set<string> }>();
const genericWords = (words: readonly string[]) =>
  prepared(genericLists, words, () => ({
    long: longestFirst(words.filter((w) => w.length > 1)),
    singles: new Set(words.filter((w) => w.length === 1)),
  }));

// A task verb, at most one act or adverb, then a bare plan head: built once per lexicon.
const taskHeads = new WeakMap<Lexicon, RegExp>();
/**
 * （三）加强统筹规划, 坚持统筹规划: a heading that is a task done on planning itself (a verb, an act, the bare head)
 * says what the text will do; it names no plan.
 */
const taskOpeners = new WeakMap<Lexicon, RegExp>();
function opensWithTask(heading: string, lexicon: Lexicon): boolean {
  return prepared(taskOpeners, lexicon, () => new RegExp(`^(?:${alternation(lexicon.verbs.task)})`)).test(heading);
}

function taskOnHead(heading: string, lexicon: Lexicon): boolean {
  const re = prepared(taskHeads, lexicon, () => {
    const { task, adverbs } = lexicon.verbs;
    const heads = Object.keys(lexicon.plans.named.heads);
    return new RegExp(`^(?:${alternation(task)})(?:${alternation([...task, ...adverbs])})?(?:${alternation(heads)})[。.]?$`);
  });
  return re.test(heading);
}

/** Whether a name is only a kind of plan: its core, less quotes, digits and generic words, is empty. */
function generic(name: string, head: string, words: readonly string[]): boolean {
  const rest = core(name, head, words);
  // A one-character word (新, 大, 三) is generic only where the core is made of such words (三大, 新一批):
  // inside a word (创新, 重大产业创新专项) it is part of the name.
  const { singles } = genericWords(words);
  return rest.length < 2 || [...rest].every((c) => singles.has(c));
}
