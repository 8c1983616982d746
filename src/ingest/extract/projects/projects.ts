import type { Lexicon } from '../../lexicon';
import { chineseNumber, longestFirst, prepared, startsWithAny, type SegmentedDocument, type Span } from '../../segment';
import { phraseStart } from '../text/phrase';
import { batchBefore, batchOfKind } from './project-batches';
import { unwrap } from '../text/wrapped';
import type { FactSink, NodeFact } from '../facts/facts';
import type { Outlooks } from '../plans/outlook';
import type { OwnPlans } from '../plans/own-plans';

// Engineering projects (工程): headings 实施…工程; headings of a plan that declares 十大文化工程
// (推进数字政府场景变革创新); 实施…工程 inside a sentence; and enumerations 实施A、B等六个提升工程.
// An enumeration is read up to 40 items: an unbounded list made the match quadratic in its length.
// A programme with a version (“数字青岛2.0”工程) is a Plan, and a 工程 nobody 实施s is not ours.

export interface ProjectScope extends Span {
  project: NodeFact;
  /** The project heads a section: what is named inside it is part of it. */
  section?: boolean;
  /** A part listed under a heading of projects: a 工程 named inside is more likely a sibling the layout ran on. */
  part?: boolean;
  /** One of a run of sibling headings that each name a project. */
  listed?: boolean;
}

const CN = '[\\d一二两三四五六七八九十]+';
const INLINE = /(?:实施|推进)([^,;。!?，；、《》\s]{2,24}?工程)/g;
const ENUMERATION = new RegExp(
  `(?:实施|推进)((?:[^,;。、，；]{2,14}、){1,40}[^,;。、，；]{2,14}?)等?(${CN})(?:个|大|项)([^,;。，；]{0,6}工程)`,
  'g',
);

export function readProjects(
  seg: SegmentedDocument,
  own: OwnPlans,
  sink: FactSink,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
  outlooks?: Outlooks,
): ProjectScope[] {
  const scopes: ProjectScope[] = [];
  const { folded, document } = seg;
  const verbs = lexicon.sections.projectHeadingVerbs;
  const declared = new RegExp(`${CN}大([\\u4e00-\\u9fa5]{1,4})工程`).exec(folded);
  const make = (
    name: string,
    start: number,
    end: number,
    year: number | undefined,
    domain: string | undefined,
    ordinal?: number,
    aliases?: string[],
  ) => {
    // Only a text that presents the plan lists its projects; a report's outlook has its own plan.
    const outlook = outlooks?.planFor(start);
    const { plan, seriesName } = outlook ? { plan: outlook, seriesName: undefined } : own.forYear(year);
    const fact = sink.node(
      'EngineeringProject',
      name,
      start,
      end,
      { year, domain, ordinal },
      { aliases, refs: plan ? { plan } : undefined, seriesPlan: seriesName },
    );
    if (plan && (outlook || presentsPlan(seg))) sink.rel('HAS_PROJECT', plan, fact, start, end);
    return fact;
  };

  // Ordinals count distinct projects in order of first appearance (a summary box repeats them).
  const ordinals = new Map<string, number>();
  // The project each section heads, by section index: a heading 工程 below it is one of its parts.
  const headed = new Map<number, NodeFact>();
  const siblingProjects = headingsOfProjects(seg, lexicon.plans.projectNames.generic);
  for (const section of seg.sections) {
    const h = section.headingText;
    // 四是全力推进棚户区改造工程: an adverb before the heading's verb is the verb's.
    const adverb = startsWithAny(h, lexicon.verbs.adverbs);
    const acted = startsWithAny(h.slice(adverb.length), verbs);
    const verb = acted ? adverb + acted : startsWithAny(h, verbs);
    // 实施重点工程: a heading naming only a rank of projects is a section title, not a project.
    const named = verb && headingProject(h.slice(verb.length), lexicon.plans.projectNames.generic);
    const underDeclared = declared && h.includes(declared[1]) && !h.includes('工程') && verb;
    const part = !verb && listedUnder(seg, section.parent, headed) && headingProject(h, lexicon.plans.projectNames.generic);
    // （一）人工智能教育课程普及工程 among sibling headings of projects: a project of its own, part of none.
    const listed = !verb && !part && siblingProjects.has(section.index);
    // 专栏9 国家水网骨干工程: a box's label written on its heading's line is no part of the name.
    const label = verb ? '' : (BOX_LABEL.exec(h)?.[0] ?? '');
    const boxed = label !== '' && headingProject(h.slice(label.length), lexicon.plans.projectNames.generic);
    if (!relevant(section.start) || !(named || underDeclared || part || listed || boxed) || section.mode === 'problems') continue;
    const start = section.heading.start + verb.length + label.length;
    const name = document.text.slice(start, section.heading.end);
    const before = folded.slice(section.start, section.heading.start);
    const marker = /^([一二三四五六七八九十]+)、/.exec(before);
    const key = folded.slice(start, section.heading.end);
    const sub = /^\s*[（(]([一二三四五六七八九十]+)[)）]/.exec(before);
    const ordinal = part
      ? sub && chineseNumber(sub[1])
      : (ordinals.get(key) ?? (marker ? chineseNumber(marker[1]) : undefined) ?? ordinals.size + 1);
    if (!part) ordinals.set(key, ordinal ?? ordinals.size + 1);
    const fact = make(
      name,
      start - verb.length,
      section.heading.end,
      section.year,
      section.domain,
      ordinal ?? undefined,
      label ? [] : [document.text.slice(section.heading.start, section.heading.end)],
    );
    headed.set(section.index, fact);
    const parent = headed.get(section.parent);
    if (part && parent) sink.rel('PART_OF', fact, parent, section.heading.start, section.heading.end);
    const end = boxed ? boxEnd(seg, section.index) : ownEnd(seg, section);
    scopes.push({ start: section.start, end, project: fact, section: true, part: part || undefined, listed: listed || undefined });
  }

  const rule = lexicon.plans.projectNames;
  // After 实施 a task verb may open the name (创建, 研究); only words that never do end it here.
  const { inline: inlineBoundaries } = nameBoundsOf(lexicon);
  for (const p of seg.paragraphs) {
    if (!relevant(p.start)) continue;
    const text = folded.slice(p.start, p.end);
    const found: { at: number; end: number; fact: NodeFact }[] = [];
    for (const m of text.matchAll(INLINE)) {
      const from = p.start + m.index + m[0].length - m[1].length;
      // 推进智能建造在工程建设各环节应用: a verb or a boundary word after 实施 opens another clause.
      const walked = phraseStart(folded, from + m[1].length - 2, m[1].length, inlineBoundaries, from, true);
      // 实施山东OTN（光传送网）一体化工程: a gloss in brackets inside the name does not end it.
      const clause = Math.max(from, pastGloss(folded, walked, from + m[1].length - 2, inlineBoundaries)) - from;
      let lead = clause + leadOf(m[1].slice(clause), Object.keys(lexicon.plans.suffixes));
      // 推进河西重要区域和关键节点的亮化工程: a bare kind of works after 的 is named by what it is done to.
      if (
        m[1][lead - 1] === '的' &&
        !m[1].slice(clause, lead - 1).includes('的') &&
        genericCore(m[1].slice(lead, -2), rule.generic).length === BARE_KIND
      )
        lead = clause + (LEAD.exec(m[1].slice(clause))?.[0].length ?? 0);
      // 实施城市更新行动和老旧小区改造工程: a plan joined before the works is a plan of its own.
      const planJoined = m[1].lastIndexOf('和');
      if (planJoined > lead && endsWithPlanHead(m[1].slice(lead, planJoined), lexicon)) lead = planJoined + 1;
      const at = from + lead;
      const phrase = m[1].slice(lead);
      if (/\d+\.\d+|^“?[\d一二三四五六七八九十]+大/.test(phrase) || inHeading(seg, at)) continue;
      if (notProject(folded, at + phrase.length, rule.notFollowedBy, rule.trades)) continue;
      // 实施100项重大科技创新工程: the count is not part of the name; “四项工程” names none.
      // A count inside quotes is the name's own (“十个全覆盖”工程), though “四项工程” still names none.
      const count = /^“?[\d一二两三四五六七八九十百]+[项个]/.exec(phrase);
      const at2 = at + (count && !count[0].startsWith('“') ? count[0].length : 0);
      const core = folded.slice(at + (count?.[0].length ?? 0), at + phrase.length - 2);
      if (namesNoWorks(genericCore(core, lexicon.plans.projectNames.generic))) continue;
      // 实施一批重大理论创新工程: a batch counts works of a kind, none named.
      if (batchOfKind(folded, at2, at + phrase.length, rule.standing)) continue;
      const s = seg.sentences.find((x) => at >= x.start && at < x.end);
      if (!s || s.mode === 'problems' || s.mode === 'context') continue;
      // 实施“基础设施建设工程”: the quote that opened the name closes it.
      const end = at + phrase.length + (folded[at + phrase.length] === '”' && opensMore(phrase) ? 1 : 0);
      const pair = joinedPair(folded, at2, at + phrase.length - 2, lexicon);
      if (pair) {
        const first = `${document.text.slice(at2, pair.first)}${lexicon.plans.programmeWord}`;
        found.push({ at: at2, end: pair.first, fact: make(first, at2, pair.first, s.year, s.domain) });
      }
      const named = pair?.second ?? at2;
      found.push({ at: named, end, fact: make(document.text.slice(named, end), named, end, s.year, s.domain) });
    }
    found.forEach((f, i) => scopes.push({ start: f.at, end: found[i + 1]?.at ?? p.end, project: f.fact }));
    for (const m of text.matchAll(ENUMERATION)) {
      const s = seg.sentences.find((x) => p.start + m.index >= x.start && p.start + m.index < x.end);
      if (!s || s.mode === 'problems') continue;
      const start = p.start + m.index;
      const end = start + m[0].length;
      // 实施了A、B…等5项工程: with no kind of works after the count the items share no head; the list
      // names the works as one (read below).
      if (m[3] === lexicon.plans.programmeWord) continue;
      // Enumerated projects have no scope of their own; the empty scope marks their clause.
      for (const item of m[1].split('、')) scopes.push({ start: end, end, project: make(`${item}${m[3]}`, start, end, s.year, s.domain) });
    }
  }
  readNamedProjects(seg, lexicon, relevant, scopes, make);
  readCountedBrands(seg, lexicon, relevant, scopes, make);
  return scopes;
}

// “十大工程”: a count of projects in quotes of its own is the brand a plan runs them under.
const COUNTED_BRAND = new RegExp(`“${CN}大工程”`, 'g');

/** Makes one project's fact from its name and where it is read. */
type MakeProject = (name: string, start: number, end: number, year: number | undefined, domain: string | undefined) => NodeFact;

/**
 * 以“十大工程”为主路径, 重点推进“三大工程”建设: a quoted count of 大工程 names the set of projects as
 * one (unquoted, 十大工程 only counts them). Read where no other project was.
 */
function readCountedBrands(
  seg: SegmentedDocument,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
  scopes: ProjectScope[],
  make: MakeProject,
): void {
  for (const m of seg.folded.matchAll(COUNTED_BRAND)) {
    // 城市更新“十大工程”: the words before the quote say whose set it is (以“十大工程”为主路径: none).
    const from = phraseStart(seg.folded, m.index, BRAND_OWNER_MAX, brandBounds(lexicon));
    const owner = seg.folded.slice(from, m.index);
    const start = owner.length >= 2 && !owner.includes('、') ? from : m.index;
    const end = m.index + m[0].length;
    const s = seg.sentences.find((x) => start >= x.start && start < x.end);
    if (!relevant(start) || !s || s.mode === 'problems' || scopes.some((x) => start < x.project.span.end && x.project.span.start < end))
      continue;
    const project = make(seg.document.text.slice(start, end), start, end, s.year, s.domain);
    scopes.push({ start: end, end, project });
  }
}

const BRAND_OWNER_MAX = 8;
// The words that end a project's name, built once per lexicon (phraseStart indexes a boundary list by the array):
// after 实施 (`inline`) a task verb may open the name (创建, 研究), so only words that never do end it there.
const nameBoundsLists = new WeakMap<Lexicon, { boundaries: string[]; joined: string[]; inline: string[] }>();
const nameBoundsOf = (lexicon: Lexicon) =>
  prepared(nameBoundsLists, lexicon, () => {
    const rule = lexicon.plans.projectNames;
    const word = lexicon.plans.programmeWord;
    const boundaries = [
      ...lexicon.verbs.task.filter((v) => !rule.nameWords.includes(v)),
      ...lexicon.verbs.adverbs.filter((v) => v.length > 1),
      ...lexicon.verbs.means,
      ...rule.boundaries,
      '的',
      '与',
      '及',
      // A 工程 before this one ends it (智能制造工程和工业互联网创新发展工程, 面子工程、形象工程).
      word,
    ];
    return { boundaries, joined: boundaries.filter((b) => b !== '与'), inline: [...lexicon.verbs.means, ...rule.boundaries] };
  });

// The words that end the owner of a counted brand: verbs, adverbs, lead-ins (以, 围绕) and the name boundaries.
const brandBoundsOf = new WeakMap<Lexicon, string[]>();
const brandBounds = (lexicon: Lexicon): string[] =>
  prepared(brandBoundsOf, lexicon, () => [
    ...lexicon.verbs.task,
    ...lexicon.verbs.adverbs.filter((v) => v.length > 1),
    ...lexicon.verbs.leadIns,
    ...lexicon.verbs.means,
    ...lexicon.plans.projectNames.boundaries,
    '的',
  ]);

// 实施了…, 实施好…, 实施一批…: a word between the verb and the name is the clause's, not the name's.
const LEAD = /^(?:了|好|一批|一系列|一些|若干)+/;

/**
 * Where the name starts after an inline 实施: past a modifier clause ending in 的 (形式多样的…), a
 * lead word, and a plan joined before it (大科学计划和大科学工程: `planHeads` end a plan's name).
 */
function leadOf(phrase: string, planHeads: readonly string[]): number {
  const of = phrase.lastIndexOf('的');
  // 的 inside a quoted name (“我的…”工程) is the name's own.
  const quoted = of >= 0 && phrase.slice(0, of).split('“').length > phrase.slice(0, of).split('”').length;
  let from = of >= 0 && !quoted ? of + 1 : 0;
  const joined = phrase.lastIndexOf('和');
  if (joined > from && planHeads.some((w) => phrase.slice(0, joined).endsWith(w))) from = joined + 1;
  return from + (LEAD.exec(phrase.slice(from))?.[0].length ?? 0);
}

/**
 * A heading below a project's heading, or below a heading of projects (重点工程), lists one of them:
 * （一）服务业数字化转型平台支撑工程.
 */
function listedUnder(seg: SegmentedDocument, parent: number, headed: ReadonlyMap<number, NodeFact>): boolean {
  return headed.has(parent) || /工程$/.test(seg.sections[parent]?.headingText ?? '');
}

/**
 * Headings that name projects with no verb, among siblings that do too (三、主要任务 → （一）人工智能教育课程普及工程,
 * （二）人工智能教育基础建设工程 …): a run of such headings lists the plan's projects, whatever their parent is called.
 */
function headingsOfProjects(seg: SegmentedDocument, generic: readonly string[]): Set<number> {
  const byParent = new Map<number, number[]>();
  for (const section of seg.sections) {
    if (!headingProject(section.headingText, generic)) continue;
    byParent.set(section.parent, [...(byParent.get(section.parent) ?? []), section.index]);
  }
  return new Set([...byParent.values()].filter((children) => children.length >= 2).flat());
}

// A box's label on its heading's line (专栏9 国家水网骨干工程, 专栏 1: …).
const BOX_LABEL = /^专栏\s*[\d一二三四五六七八九十]+\s*[:：、.]?\s*/;
// An item of a box numbered in Arabic (01 重大引调水, 2. 供水保障), not a chapter of the text (三、保障措施).
const BOX_ITEM = /^\d{1,2}(?:\s|[.．、](?!\d))/;

/**
 * Where a box headed by a project ends: its items may be headings of their own, set beside it by the
 * layout (专栏9 … → 01 重大引调水 → 02 供水保障); they are the box's up to the next heading that is no item.
 */
function boxEnd(seg: SegmentedDocument, index: number): number {
  const box = seg.sections[index];
  let end = box.end;
  for (let k = index + 1; k < seg.sections.length; k++) {
    const next = seg.sections[k];
    if (next.start < end) continue;
    if (next.parent !== box.parent || !BOX_ITEM.test(next.headingText)) break;
    end = next.end;
  }
  return end;
}

/**
 * Where the text a project's heading heads ends: at its section's end, or before, at a line marked as its sibling
 * (（五）实施…工程、…工程。) that was read as no heading of its own — that line and what follows are not the project's.
 */
function ownEnd(seg: SegmentedDocument, section: SegmentedDocument['sections'][number]): number {
  const head = seg.lines.find((l) => l.heading?.start === section.heading.start);
  if (!head || head.marker === 'none') return section.end;
  const sibling = seg.lines.find((l) => l.start >= head.end && l.start < section.end && l.marker !== 'none' && l.rank <= head.rank);
  return sibling ? sibling.start : section.end;
}

/** A heading that is a project's name: ends in 工程, is no count (十大工程) and names more than a rank. */
function headingProject(heading: string, generic: readonly string[]): boolean {
  return (
    /工程$/.test(heading) &&
    !/\d+\.\d+/.test(heading) &&
    !new RegExp(`^${CN}[大个项类]`).test(heading) &&
    genericCore(heading.slice(0, -2), generic).length >= 2
  );
}

const NAME_MAX = 30;
/** The ordinal of a batch (第二批, 第3批, 首批): the works it counts are named after it. */
const BATCH_ORDINAL = /(?:第[\d一二两三四五六七八九十]+|首)批/g;
const ROUND_ORDINAL = /^第[\d一二两三四五六七八九十]+期(?=“)/;
/** The length of the boundary word a whole word ends with (资源配置 → 配置), 0 when none. */
function lastBoundaryIn(word: string, boundaries: readonly string[]): number {
  return boundaries.reduce((n, b) => (b.length > n && b.length < word.length && word.endsWith(b) ? b.length : n), 0);
}
/** Where the last match of a global pattern in a text ends, if any. */
function lastMatchEnd(re: RegExp, text: string): number | undefined {
  let end: number | undefined;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}
// A kind of works in one word (亮化, 道路, 管网): after 的 it is named by what it is done to; a rank alone
// (的重大工程) names nothing.
const BARE_KIND = 2;

// A count just before a name the walk cut at an adverb (11个重点|水利工程).
const COUNTED = /[\d一二两三四五六七八九十百千]+[项个大类批条座](?:重点|重大)$/;
const COUNT = /^[\d一二两三四五六七八九十百千]+[项个大类批条座]/;
/** A figure and its unit, then a quoted brand and nothing else (1.5万亩“菜篮子”). */
const SIZED_BRAND = /^[\d.．]+[万亿千]?[\u4e00-\u9fa5]{1,2}(“[^“”、]+”)$/;

/**
 * Every other named 工程 (…改造工程, “菜篮子”工程, A、B工程, 工程 in traditional script once folded):
 * the phrase before 工程 back to a task verb. Such a project has no scope of its own.
 */
function readNamedProjects(
  seg: SegmentedDocument,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
  scopes: ProjectScope[],
  make: MakeProject,
): void {
  const { document } = seg;
  // Read in a view where a line the layout wrapped is joined (中小企业数字化促进⏎工程).
  const view = unwrap(seg.folded);
  const folded = view.text;
  const rule = lexicon.plans.projectNames;
  const word = lexicon.plans.programmeWord;
  const { boundaries, joined: joinedBounds } = nameBoundsOf(lexicon);
  const taken: { start: number; end: number }[] = scopes.map((s) => s.project.span);
  const planHeads = Object.keys(lexicon.plans.suffixes);
  const { acts } = projectActs(lexicon);
  for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (!relevant(view.at(i)) || folded[i - 1] === '、' || notProject(folded, end, rule.notFollowedBy, rule.trades)) continue;
    let start = pastGloss(folded, phraseStart(folded, i, NAME_MAX, boundaries, 0, true), i, boundaries);
    // 环北部湾广东水资源配置工程: a boundary word that ends a whole word of the name (资源配置) cuts nothing.
    const whole = rule.wholeWords.find((w) => folded.startsWith(w, start - w.length) && lastBoundaryIn(w, boundaries) > 0);
    if (whole) start = phraseStart(folded, start - whole.length, NAME_MAX - (i - start) - whole.length, boundaries, 0, true);
    // 启动…、第二批山水林田湖生态保护工程试点: a batch's ordinal opens the works it counts out of a longer clause;
    // 第六期“333工程”培养对象: a round's ordinal opening the name counts the programme's rounds.
    const batch = lastMatchEnd(BATCH_ORDINAL, folded.slice(start, i)) ?? ROUND_ORDINAL.exec(folded.slice(start, i))?.[0].length;
    if (batch !== undefined) start += batch;
    // 城市重点区域亮化照明工程, …重点区域绿化等重点工程: a rank before a noun (or before the head itself) qualifies
    // it; only before an act (重点实施) is it the adverb the walk stops at.
    // 黄河重点生态区（含黄土高原生态屏障）生态保护和修复重点工程: past a rank, a gloss in brackets may stand before it.
    for (let moved = true; moved;) {
      for (let rank = ATTRIBUTE_RANK.exec(folded.slice(Math.max(0, start - 3), start)); rank;) {
        const named = folded.slice(start, i);
        // 建设重点水利工程: a rank before a bare kind of works ranks works (see below), it qualifies no name.
        const bareKind = named.length > 0 && genericCore(named, lexicon.plans.projectNames.generic).length <= 2;
        if (bareKind || startsWithAny(named, projectActs(lexicon).acts) || /^[\s，,、]/.test(folded.slice(start))) break;
        start = phraseStart(folded, start - rank[0].length, NAME_MAX, boundaries, 0, true);
        rank = ATTRIBUTE_RANK.exec(folded.slice(Math.max(0, start - 3), start));
      }
      const glossed = pastGloss(folded, start, i, boundaries);
      moved = glossed < start;
      start = glossed;
    }
    // 加快建设引黄灌溉工程, 重点建设…改造工程: a word that may open a name (建设) right after an adverb is the
    // clause's verb, not the name's.
    const verbed = adverbBefore(folded, start, lexicon) ? startsWithAny(folded.slice(start, i), rule.nameWords) : '';
    if (verbed && i - start - verbed.length >= 4) start += verbed.length;
    // 纳入山东服务业数字化创新发展与特色品牌工程: a 与 between two of the name's own words keeps them one name,
    // where the words before it are a name's (four or more, one item, not an act: 收集、利用与处置工程 stays out).
    // (参与 ends in 与 too: a verb there is a boundary of its own.)
    const joined =
      folded[start - 1] === '与' && !boundaries.some((b) => b.length > 1 && b.endsWith('与') && folded.startsWith(b, start - b.length));
    if (joined) {
      const left = phraseStart(folded, start - 1, NAME_MAX - (i - start), joinedBounds, 0, true);
      const before = folded.slice(left, start - 1);
      if (before.length >= 4 && !before.includes('、') && !startsWithAny(before, acts)) start = left;
    }
    // 推进河西重要区域和关键节点的亮化工程: a bare kind of works after 的 is named by what it is done to.
    if (folded[start - 1] === '的' && genericCore(folded.slice(start, i), rule.generic).length === BARE_KIND) {
      const owner = phraseStart(folded, start - 1, NAME_MAX - (i - start), boundaries, 0, true);
      if (owner < start - 1) start = owner;
    }
    // A list of works before 等 is the name however long, from the verb that governs it (继续实施|A、B等工程).
    const listed = listOpening(folded, i, boundaries, acts);
    // A walk stopped by its length, not a boundary, cut a word (依|托泰山学者、…等人才工程): the list's verb opens it.
    if (listed !== undefined) start = i - start >= NAME_MAX ? listed : Math.min(start, listed);
    // A name as long as the walk allows was cut inside a word (森|林质量提升…): not read.
    else if (i - start >= NAME_MAX) continue;
    // 建设雄安新区防洪工程 opening its clause: a task verb that may open a name is there the clause's verb.
    const opens = CLAUSE_OPEN.test(folded.slice(Math.max(0, start - 1), start)) || adverbBefore(folded, start, lexicon);
    const opener = opens ? startsWithAny(folded.slice(start, i), rule.nameWords) : '';
    if (opener && lexicon.verbs.task.includes(opener) && genericCore(folded.slice(start + opener.length, i), rule.generic).length >= 4)
      start += opener.length;
    // A figure the name opens with is whole (2.5万亩蔬菜基地建设工程), never cut at its point.
    if (/^[\d.．]+[万亿千]?[\u4e00-\u9fa5]/.test(folded.slice(start, i))) while (/[\d.．]/.test(folded[start - 1] ?? '')) start--;
    // 实施城市更新行动和老旧小区改造工程: a plan joined before the works is a plan of its own; the works follow 和.
    const planJoined = folded.lastIndexOf('和', i - 1);
    if (planJoined > start && endsWithPlanHead(folded.slice(start, planJoined), lexicon)) start = planJoined + 1;
    while ('和及与'.includes(folded[start]) && start < i) start++;
    // 供水主管网改扩建和农村安全饮水工程: two works joined, each with its own act, are two projects.
    const pair = joinedPair(folded, start, i, lexicon);
    // A 和 joining a list's last two items (A、B和C等工程) leaves the list whole.
    start = pair ? pair.second : listed !== undefined ? start : lastJoined(folded, start, i, lexicon);
    const first = pair ? { start: pair.start, end: pair.first } : undefined;
    // 十大工程, 四项工程: a count of projects, not one.
    // A list summed up by its count (A、B和C等5项工程) is the name of those works, count and all.
    // So is a list a count of 大 sums up (产业振兴、人才振兴、文化振兴三大工程).
    const summedCount = /、[^、“”]+(?:等[\d一二两三四五六七八九十]+[项个]|[一二两三四五六七八九十]大)$/.test(folded.slice(start, i));
    if (!summedCount && /[\d一二两三四五六七八九十百千]+[项个大类批]”?$/.test(folded.slice(start, i))) continue;
    // A list before 等 names the works, whether the words after it say their kind (等9条道路工程, 等基础设施工程) or
    // rank them in a field (实施了海拉尔公路客运总站、棚户区改造、污水处理厂二期等重大民生工程). A list a batch opens
    // (一批防汛抗旱、引水调水等重大水利工程) gives examples of the works counted, and one of bare fields (防汛、排涝等)
    // says what they serve: there the words after 等 name the works.
    const etc = folded.lastIndexOf('等', i);
    const after = folded.slice(etc + 1, i);
    // 泰山人才工程、“外专双百计划”等省级人才工程: items that are each a named plan or project, summed
    // up by a kind after 等, are read on their own; the summary names nothing.
    const summed = etc >= start ? folded.slice(start, etc).replace(/[“”]/g, '').split('、').filter(Boolean) : [];
    if (summed.length && summed.every((x) => x.endsWith(word) || planHeads.some((h) => x.length > h.length && x.endsWith(h)))) continue;
    const examples = () => batchBefore(folded, start) || summed.every((x) => x.length <= BARE_KIND);
    if (etc >= start && genericCore(after, rule.generic).length >= 2 && RANKED.test(after) && examples()) start = etc + 1;
    // 实施一批交通、能源、水利等重大工程项目: fields summed up by a rank alone name no works.
    if (
      etc >= start &&
      after &&
      !genericCore(after, rule.generic) &&
      RANKED.test(after) &&
      folded
        .slice(start, etc)
        .split('、')
        .every((x) => x.length <= 2)
    )
      continue;
    // 市级重点人才工程: a level and a rank before the name belong to it (the walk stopped at 重点).
    const ranked = LEVEL_RANK.exec(folded.slice(Math.max(0, start - 8), start));
    if (ranked) start -= ranked[0].length;
    // 建设重点水利工程: a rank before a bare kind of works (水利, 道路) ranks works; it names none.
    if (!ranked && /重点$/.test(folded.slice(0, start)) && genericCore(folded.slice(start, i), rule.generic).length <= 2) continue;
    // A count before the name is not part of it (100项重大科技创新工程); 、 at the edge is a list's.
    const count = COUNT.exec(folded.slice(start, i)) ?? COUNTED.exec(folded.slice(Math.max(0, start - 8), start));
    // A list's first item keeps its own quantity (6条城市道路、10处公园绿地…等城区绿化工程).
    const counted = count && listed === undefined ? count : null;
    if (counted && counted.index === 0) start += counted[0].length;
    // 十大文化工程: a short name after a count is the kind of the counted projects; a standing programme
    // stays one, the count counting its works (再开工20项重大水利工程).
    if (counted && genericCore(folded.slice(start, i), rule.generic).length <= 4 && !rule.standing.includes(folded.slice(start, end)))
      continue;
    while (folded[start] === '、') start++;
    // 胜利大街、哈萨尔大街、伊敏河沿河路贯通工程等城市主干道路, 超级计算、探月工程、卫星应用等…: a 工程 that is
    // itself an item of a list going on after it is named alone; the items before it share no head (南水北调东、
    // 中线工程 ends its list and shares one).
    if (folded[end] === '等' || folded[end] === '、') start = Math.max(start, folded.lastIndexOf('、', i) + 1);
    // 产业、重大工程: a list whose last item is only a rank shares no head of works; nothing is named.
    const items = folded.slice(start, i).split('、');
    if (items.length > 1 && !items.some((x) => x.includes('等')) && genericCore(items[items.length - 1], rule.generic).length < 2) continue;
    // 现代职业教育质量提升计划、产教融合工程: an item that is a plan shares no head of works; the name is the last.
    const planned = items.slice(0, -1).some((x) => planHeads.some((w) => x.endsWith(w)));
    if (planned) start = folded.lastIndexOf('、', i) + 1;
    if (unbalanced(folded.slice(start, end))) start = (folded[start] !== '”' ? quoteOpening(folded, start) : undefined) ?? start + 1;
    // 奋斗镇、建设办“菜篮子”工程: a list before a quoted brand says where it runs; the brand is the name.
    const brand = /、[^、“”]*(“[^“”、]+”)$/.exec(folded.slice(start, i));
    if (brand && !folded.slice(start, i).includes('等')) start = i - brand[1].length;
    // 启动1.5万亩“菜篮子”工程: the size of the works before a quoted brand measures them; the brand is the name.
    const sized = SIZED_BRAND.exec(folded.slice(start, i));
    if (sized) start = i - sized[1].length;
    // 西航大元文化旅游度假城项目，一期工程开工: a phase alone is the phase of the project before it.
    const owner = PHASE.test(folded.slice(start, i)) ? ownerOf(folded, start, boundaries) : undefined;
    // 实施“基础设施建设工程”: a quote opened before the name closes right after its 工程; the name holds both.
    const close = folded[end] === '”' && opensMore(folded.slice(start, end)) ? 1 : 0;
    const [from, to] = view.span(owner?.start ?? start, end + close);
    if (
      (!owner && namesNoWorks(genericCore(folded.slice(start, i), rule.generic))) ||
      // 打造一批可复制的人工智能应用样板工程: a batch counts works of a kind, none named.
      (!owner && batchOfKind(folded, start, end, rule.standing)) ||
      // 利用与处置工程, 建设工程: an act alone names no works.
      acts.includes(genericCore(folded.slice(start, i), rule.generic)) ||
      (!owner && predicate(folded, start, end, lexicon)) ||
      // 事关城市发展的基础性、战略性、全局性工程: qualities the work is said to have, no works named.
      QUALITIES.test(folded.slice(start, i)) ||
      taken.some((t) => from < t.end && t.start < to) ||
      (inHeading(seg, from) && !BOX.test(folded.slice(folded.lastIndexOf('\n', start) + 1, start)))
    )
      continue;
    const s = seg.sentences.find((x) => view.at(i) >= x.start && view.at(i) < x.end);
    if (s?.mode === 'problems') continue;
    taken.push({ start: from, end: to });
    const written = (a: number, b: number) => {
      const [x, y] = view.span(a, b);
      return document.text.slice(x, y).replace(/\n[ \u3000]*/g, '');
    };
    const name = owner ? `${written(owner.start, owner.end)}${written(start, end + close)}` : written(start, end + close);
    const project = make(name, from, to, s?.year, s?.domain);
    if (first) {
      const [a, b] = view.span(first.start, first.end);
      taken.push({ start: a, end: b });
      scopes.push({ start: b, end: b, project: make(`${written(first.start, first.end)}${word}`, a, b, s?.year, s?.domain) });
    }
    // A 专栏 box holds its project's items up to the next box or the end of its section: a 工程
    // named there is PART_OF it.
    const box = BOX.test(folded.slice(folded.lastIndexOf('\n', start) + 1, start));
    const next = folded.indexOf('专栏', end);
    const section = seg.sections.find((x) => from >= x.start && from < x.end);
    const boxEnd = Math.min(next >= 0 ? view.at(next) : document.text.length, section?.end ?? document.text.length);
    scopes.push(box ? { start: to, end: boxEnd, project, section: true } : { start: to, end: to, project });
  }
}

// A short note in brackets inside a name: a gloss (BIM（建筑信息模型）) or a phase (（一期）).
const GLOSS = /[(（][\u4e00-\u9fa5A-Za-z0-9]{1,10}[)）]$/;

/**
 * 开展BIM（建筑信息模型）集成应用试点工程, 海拉尔大数据中心（一期）工程: a walk that stopped at a note in
 * brackets goes on past it when a name stands before it.
 */
function pastGloss(folded: string, start: number, end: number, boundaries: readonly string[]): number {
  const gloss = GLOSS.exec(folded.slice(Math.max(0, start - 12), start));
  if (!gloss) return start;
  const open = start - gloss[0].length;
  const before = phraseStart(folded, open, NAME_MAX - (end - open), boundaries, 0, true);
  return before < open ? before : start;
}

/** Only qualities (基础性、战略性、全局性): a list of 性 words. */
const QUALITIES = /^(?:[\u4e00-\u9fa5]{1,4}性[、和])*[\u4e00-\u9fa5]{1,4}性$/;

// 重点, 高标准: before a noun a rank or a standard qualifies it (高标准农田建设); only before an act is it an adverb.
const ATTRIBUTE_RANK = /(?:重点|高标准)$/;
const ATTRIBUTE = /^(?:重点|高标准)$/;
// Where a clause opens: at the start of a line or after its punctuation.
const CLAUSE_OPEN = /^$|[，,。；;：:！？\n]$/;
/** How far a list of works may reach back from 工程, and how many words its kind may have after 等. */
const LIST_MAX = 120;
const LIST_KIND_MAX = 10;
const CLAUSE_ENDS = ['，', ',', '。', '；', ';', '：', ':', '！', '？', '\n'];

/**
 * Where a list of works named before 等…工程 opens (11公里污水管网、…和19公里城市道路等改扩建工程;
 * 继续实施国家中小河流治理、5000亩沙区治理…等工程): at its clause's start, past the last boundary
 * word (a governing verb, 的) of its first item. The items' own acts (治理, 改造) do not cut it.
 */
function listOpening(folded: string, head: number, boundaries: readonly string[], acts: readonly string[]): number | undefined {
  const etc = folded.lastIndexOf('等', head);
  // …等基础设施和民生工程: a 和 after 等 joins another name to the summed list; the last name is read alone.
  if (etc < 0 || head - etc - 1 > LIST_KIND_MAX || /[、，,。；;和]/.test(folded.slice(etc + 1, head))) return undefined;
  // 围绕A、B等领域开展标杆场景工程: a governing verb after 等 opens the name; the list is where it runs.
  const kind = folded.slice(etc + 1, head);
  // A rank there qualifies the kind (等市区两级重点道路工程), it is no adverb of a verb.
  const opensName = (b: string) =>
    b.length > 1 && !RANK_WORD.test(b) && kind.indexOf(b) > 0 && kind.length - kind.indexOf(b) - b.length >= 2;
  if (boundaries.some(opensName)) return undefined;
  const clauseStart = Math.max(...CLAUSE_ENDS.map((c) => folded.lastIndexOf(c, etc))) + 1;
  if (head - clauseStart > LIST_MAX) return undefined;
  const first = folded.indexOf('、', clauseStart);
  if (first < 0 || first > etc) return undefined;
  const item = folded.slice(clauseStart, first);
  let open = clauseStart;
  for (const b of boundaries) {
    const k = item.lastIndexOf(b);
    // 实施高标准农田建设、…等民生工程: a standard before a noun qualifies the item, it opens nothing.
    if (ATTRIBUTE.test(b) && !startsWithAny(item.slice(k + b.length), acts)) continue;
    if (k >= 0 && k + b.length < item.length) open = Math.max(open, clauseStart + k + b.length);
  }
  return open;
}

const RANKED = /^(?:[\d一二两三四五六七八九十百千]+[项个大类批条座])?(?:重大|重点|重要)/;
const RANK_WORD = /^(?:重大|重点|重要)$/;
const LEVEL_RANK = /(?:国家级|[省市区县]级)(?:以上)?(?:重点|重大)$/;

const PHASE = /^[一二三四五六七八九十]期$/;

/** The project a phase belongs to: the name right before it, ending in 项目 and a comma. */
function ownerOf(folded: string, phase: number, boundaries: string[]): { start: number; end: number } | undefined {
  const m = /项目[，,]$/.exec(folded.slice(Math.max(0, phase - 3), phase));
  if (!m) return undefined;
  const end = phase - m[0].length;
  const start = phraseStart(folded, end, 20, boundaries);
  return end - start >= 2 && end - start < 20 ? { start, end } : undefined;
}

// A box that presents one project (专栏一 智慧养老服务推广工程): its heading is the name.
const BOX = /^\s*专栏\s*[\d一二三四五六七八九十]+\s*[:：、.]?\s*$/;

/**
 * 基础设施和民生工程, 大科学计划和大科学工程: the 工程 is the last of the joined names. Two acts on
 * one object (生态系统保护和修复重大工程) stay one name.
 */
function lastJoined(folded: string, start: number, end: number, lexicon: Lexicon): number {
  const rule = lexicon.plans.projectNames;
  const joined = folded.slice(start, end).lastIndexOf('和');
  const last = folded.slice(start + joined + 1, end);
  const { acts } = projectActs(lexicon);
  // 退耕还林验收和养护、禁牧休牧等工程: a 和 inside a list's first item joins words, not names.
  // 主城区、两河圣山景区和东山组团绿化工程: a list closed by 和 shares one head; the works are named whole (a list
  // closed by 等 is summed up before the 和: 交通、水利等基础设施和民生工程).
  const listed = folded.slice(start, start + joined).replace(/^、+/, '');
  const inList = last.includes('、') || (listed.includes('、') && !listed.includes('等'));
  return joined > 0 && !inList && genericCore(last, rule.generic).length >= 2 && !startsWithAny(last, acts) ? start + joined + 1 : start;
}

/**
 * Two works joined by 和 before one 工程, each a name with its own act (供水主管网改扩建和农村安全饮水工程):
 * the first ends in an act, the second opens with none. 流域和北山生态环境保护 shares one act and
 * 保护和修复 is two acts on one object: both stay one name.
 */
function joinedPair(
  folded: string,
  start: number,
  head: number,
  lexicon: Lexicon,
): { start: number; first: number; second: number } | undefined {
  const rule = lexicon.plans.projectNames;
  const joined = folded.lastIndexOf('和', head - 1);
  if (joined <= start) return undefined;
  const first = folded.slice(start, joined);
  const second = folded.slice(joined + 1, head);
  const acts = longestFirst(projectActs(lexicon).acts);
  const bare = (x: string) => genericCore(x, rule.generic).length;
  if (/[、“”]/.test(first + second) || !acts.some((a) => first.endsWith(a)) || startsWithAny(second, acts)) return undefined;
  return bare(first) >= 4 && bare(second) >= 4 ? { start, first: joined, second: joined + 1 } : undefined;
}

/**
 * 工程 that is a discipline or a trade, not a project: 工程师, 海洋工程装备, 计算机辅助工程（CAE）; or
 * one item of a list of fields (载人航天、探月工程、深海工程、超级计算等领域): a word of `notFollowedBy`
 * that opens with 等 closes such a list.
 */
function notProject(folded: string, end: number, notFollowedBy: readonly string[], trades: readonly string[]): boolean {
  if (notFollowedBy.some((w) => folded.startsWith(w, end)) || /^[(（][A-Z]{2,6}[)）]/.test(folded.slice(end, end + 8))) return true;
  // 软件工程、数据工程相关职业技能: the last of a list of 工程 followed by a trade is a field like the items before it.
  if (trades.some((w) => folded.startsWith(w, end)) && LIST_OF_WORKS.test(folded.slice(Math.max(0, end - 20), end - 2))) return true;
  const list = /^(?:、(?:(?!等)[\u4e00-\u9fa5A-Za-z0-9]){1,12}){1,8}/.exec(folded.slice(end, end + 110));
  if (!list) return false;
  // 数据工程、软件工程学科: the last 工程 of the list is followed by a trade the items before it share.
  const last = list[0].slice(list[0].lastIndexOf('、') + 1);
  const head = last.lastIndexOf('工程');
  if (head >= 0 && trades.some((w) => last.startsWith(w, head + 2))) return true;
  // 等战略性新兴产业: a few words may qualify the fields.
  const close = folded.slice(end + list[0].length, end + list[0].length + 12);
  return notFollowedBy.some((w) => w.startsWith('等') && new RegExp(`^等[\\u4e00-\\u9fa5]{0,8}?${w.slice(1)}`).test(close));
}

const LIST_OF_WORKS = /工程、[^、，,。；;]{1,12}$/;

// 国家重大工程: a level that runs works and a rank say which works matter, not which works.
const LEVEL_ONLY = /^(?:国家|中央|地方|全国|全省|全市)$/;
const namesNoWorks = (core: string) => core.length < 2 || LEVEL_ONLY.test(core);

function genericCore(name: string, generic: readonly string[]): string {
  // 作为2018年头号工程: a year says when, never which works.
  let core = name.replace(/[“”"]/g, '').replace(/(?:19|20)\d{2}年/g, '');
  for (const g of longestFirst(generic)) if (core.includes(g)) core = core.split(g).join('');
  return core;
}

/**
 * “卓越工程师”培养工程: a word inside a quote (工程师) cut the walk there; the name opens at the quote, when the
 * quote is a short word within the clause.
 */
function quoteOpening(folded: string, start: number): number | undefined {
  const open = folded.lastIndexOf('“', start);
  const close = folded.indexOf('”', start);
  // Only a boundary word cuts there (工程|师): a walk stopped by a mark (“数字青岛2.0”) is no cut word.
  if (!/[\u4e00-\u9fa5]/.test(folded[start - 1] ?? '')) return undefined;
  if (open < 0 || close < 0 || start - open > 12 || /[，,。；;：:、\n”]/.test(folded.slice(open, close))) return undefined;
  return open;
}

const unbalanced = (name: string) => name.startsWith('”') || name.split('”').length > name.split('“').length;
const opensMore = (name: string) => name.split('“').length > name.split('”').length;

/** Plans, their interpretations and news of their release present a plan's own structure. */
export const presentsPlan = (seg: SegmentedDocument): boolean => seg.kind !== 'implementation_report' && seg.kind !== 'work_summary';

const inHeading = (seg: SegmentedDocument, at: number) => seg.lines.some((l) => l.heading && at >= l.heading.start && at < l.heading.end);

/** The innermost project whose scope holds an offset. */
export function projectAt(scopes: readonly ProjectScope[], at: number): NodeFact | undefined {
  let best: ProjectScope | undefined;
  for (const s of scopes) if (at >= s.start && at < s.end && (!best || s.start >= best.start)) best = s;
  return best?.project;
}

// A copula before the name, not an enumeration's (四是…) nor an adverb's (特别是…), with a count (一项) and a
// modifier ending in 的 between: built once per lexicon.
const copulaOf = new WeakMap<Lexicon, RegExp>();
/**
 * 老旧小区改造是民心工程, 把…作为一项长期的系统工程: a 工程 right after a copula is what the subject is said to
 * be; it names no works. A name cited there (是南水北调工程的水源地) goes on with 的 and is read.
 */
function predicate(folded: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (folded[end] === '的') return false;
  const copula = prepared(copulaOf, lexicon, () => {
    const words = longestFirst(lexicon.plans.projectNames.copulas).join('|');
    return new RegExp(`(?<![一二三四五六七八九十别其或还但于凡即只])(?:${words})(?:一[项个])?(?:[^，,。；;、：:\\s]{0,12}的)?$`);
  });
  return copula.test(folded.slice(Math.max(0, start - 24), start));
}

// The acts a project's name may hold (task verbs and the name words): built once per lexicon.
const actsOf = new WeakMap<Lexicon, { acts: string[] }>();
/** Whether words end in a head only plans take (城市更新行动, …三年行动计划), not a 工程's act. */
function endsWithPlanHead(words: string, lexicon: Lexicon): boolean {
  // 江苏“双创计划”和“333高层次人才培养工程”: a plan's quoted name closes with its head.
  const bare = words.replace(/”$/, '');
  const quoted = bare !== words ? bare.lastIndexOf('“') : -1;
  if (/[、”]/.test(bare) || (quoted < 0 && bare.includes('“'))) return false;
  return lexicon.plans.named.standingHeads.concat(PLAN_JOIN_HEADS).some((h) => bare.endsWith(h));
}
/** Heads of a plan joined to works by 和 besides the standing ones (城市更新行动和…工程). */
const PLAN_JOIN_HEADS = ['行动', '计划', '规划', '方案'];

/** Whether an adverb of more than one character (加快, 重点) ends right before `at`. */
function adverbBefore(folded: string, at: number, lexicon: Lexicon): boolean {
  const before = folded.slice(Math.max(0, at - 6), at);
  return lexicon.verbs.adverbs.some((a) => a.length > 1 && before.endsWith(a));
}

function projectActs(lexicon: Lexicon): { acts: string[] } {
  return prepared(actsOf, lexicon, () => ({ acts: [...lexicon.verbs.task, ...lexicon.plans.projectNames.nameWords] }));
}
