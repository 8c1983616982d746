import type { Lexicon } from '../../lexicon';
import { alternation, firstIn, prepared, type SegmentedDocument } from '../../segment';
import type { FactSink, NodeFact } from '../facts/facts';
import { levelBefore, otherScript, planKindOf, planProperties, type PlanKind } from './plan-names';
import { isStandardTitle } from './standard-titles';

// Plans (规划/方案/条例): titles in 《》 that name a plan; unbracketed titles right after a
// drafting verb that name a place (制定某市数据条例, 编制数字某市“十五五”发展规划); and
// programmes named with a version (“数字青岛2.0”工程). Which of them the document itself is about is decided in own-plans.ts.

export interface PlanMention {
  fact: NodeFact;
  start: number;
  end: number;
  /** The folded name, without 《》 or quotes. */
  name: string;
  programme: boolean;
  /** Where a quoted name in brackets after the title says what the plan is called ((“数据二十条”)): no other plan. */
  nickname?: { start: number; end: number };
}

// A title may be broken over lines by a PDF's layout (《关于…基⏎础制度…的意见》), never over a blank line.
// Texts published in Taiwan mark a document's title with 〈〉 (印發〈關於支持浦東新區…的意見〉): a title too, where it
// stands alone; inside 《》 it is a cited title's part, read with the title that holds it.
const TITLE = /《([^《》]{2,80})》|〈([^〈〉《》\n]{2,80})〉/g;
// Texts published in Taiwan and Hong Kong mark every title with 「」 (配合「前瞻基礎建設計畫」): a name there that ends
// as a plan's title does is a title too. Read in the text as written, since the fold turns 「」 into “”.
const CORNER_TITLE = /「([^「」《》\n]{2,60})」/g;
const LINE_BREAK = /[ \t\u3000]*\n[ \t\u3000]*/g;
const unbroken = (s: string) => s.replace(LINE_BREAK, '');
// A year written before a title qualifies it: 2022年《政府工作报告》.
const HORIZON = /^[\u4e00-\u9fa5]{2,}\s*20\d{2}$/;
const YEAR_BEFORE = /(20\d{2})\s*年\s*$/;
const QUOTED = /“([^“”\n]{2,30})”/g;
const VERSION = /\d+\.\d+/;
/** The particle that marks an act done (出台了…): no part of what follows. */
const DONE = '了';
const BARE_TITLE = '[^,;。、，；：:《》()（）\\s]{3,40}?';

const count = (s: string, ch: string) => s.split(ch).length - 1;

function isProgramme(name: string, after: string, lexicon: Lexicon): boolean {
  if (!VERSION.test(name)) return false;
  const base = name.replace(VERSION, '').replace(new RegExp(`${lexicon.plans.programmeWord}$`), '');
  const platformLike = lexicon.platforms.suffixes.some((s) => base.endsWith(s));
  const named = firstIn(base, lexicon.places.cities) !== undefined;
  return !platformLike && (named || after.startsWith(lexicon.plans.programmeWord) || name.endsWith(lexicon.plans.programmeWord));
}

// 《…若干政策》: a title cited in 《》 names a policy by an ending that names only a kind in running text.
function citedKindOf(title: string, lexicon: Lexicon): PlanKind | undefined {
  const ending = Object.keys(lexicon.plans.named.citedEndings).find((e) => title.endsWith(e) && title.length > e.length + 3);
  return ending ? (lexicon.plans.named.citedEndings[ending] as PlanKind) : undefined;
}

export function readPlanMentions(
  seg: SegmentedDocument,
  sink: FactSink,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
): PlanMention[] {
  const out: PlanMention[] = [];
  const { folded, document } = seg;
  const titles = [...folded.matchAll(TITLE), ...document.text.matchAll(CORNER_TITLE)];
  for (const m of titles) {
    const start = m.index;
    const end = start + m[0].length;
    const corner = m[0].startsWith('「');
    const inner = corner ? seg.folded.slice(start + 1, end - 1) : (m[1] ?? m[2]);
    if (!relevant(start) || /\n\s*\n/.test(inner) || count(inner, '\n') > 3) continue;
    const folded = unbroken(inner);
    // A work report cited by title (《政府工作报告》) is the plan of its year.
    // A programme named by its horizon year (《中国制造2025》) is a plan.
    const kind = corner
      ? planKindOf(folded, lexicon)
      : (planKindOf(folded, lexicon) ??
        (lexicon.plans.named.titleHeads[folded] as PlanKind | undefined) ??
        (HORIZON.test(folded) ? 'development_plan' : undefined) ??
        citedKindOf(folded, lexicon));
    if (!kind) continue;
    // 《方案》, 《规划纲要》 alone: a short form (以下简称《规划纲要》) of the plan named before it, not another plan; so is
    // any title the text gives as one (以下简称《总体方案》).
    if (Object.keys(lexicon.plans.suffixes).includes(folded) || Object.hasOwn(lexicon.plans.named.heads, folded)) continue;
    if (shortForm(seg.folded, start, lexicon)) continue;
    // 《…建设实施指南》《…评估规范》等地方标准: titles summed up as standards (or reports, lists) are not plans.
    if (summedAsNotPlans(seg.folded.slice(end, end + 120), lexicon)) continue;
    // 《…基本规定》（GB21139）, the items of 如下11项工程标准: standards, though they end in a plan word.
    if (isStandardTitle(seg.folded, start, end, lexicon)) continue;
    const name = unbroken(document.text.slice(start + 1, end - 1));
    const nick = NICKNAME.exec(seg.folded.slice(end, end + 22));
    // The nickname as written, bare and in its quotes: the bracket, then the quote, then the name.
    const nicknames = nick
      ? [document.text.slice(end + 2, end + 2 + nick[1].length), document.text.slice(end + 1, end + 3 + nick[1].length)]
      : [];
    const aliases = [corner ? `「${name}」` : `《${name}》`, ...otherScript(name, folded), ...issuedPlan(name, folded), ...nicknames];
    const year = YEAR_BEFORE.exec(document.text.slice(Math.max(0, start - 8), start));
    if (year && !/20\d{2}/.test(name)) aliases.push(`${year[1]}年《${name}》`);
    const props = planProperties(folded, kind, lexicon, seg.city);
    const before = props.level === undefined ? levelBefore(seg.folded, start, lexicon) : undefined;
    if (before) props.level = before;
    const fact = sink.node('Plan', name, start, end, props, { aliases });
    out.push({
      fact,
      start,
      end,
      name: folded,
      programme: false,
      ...(nick ? { nickname: { start: end, end: end + nick[0].length } } : {}),
    });
  }
  for (const m of bareTitles(folded, lexicon)) {
    if (!relevant(m.start)) continue;
    const kind = planKindOf(m.name, lexicon);
    if (!kind) continue;
    const fact = sink.node('Plan', document.text.slice(m.start, m.end), m.start, m.end, planProperties(m.name, kind, lexicon, seg.city));
    out.push({ fact, start: m.start, end: m.end, name: m.name, programme: false });
  }
  const word = lexicon.plans.programmeWord;
  for (const m of folded.matchAll(QUOTED)) {
    const start = m.index;
    let end = start + m[0].length;
    const after = folded.slice(end, end + word.length);
    if (!relevant(start) || !isProgramme(m[1], after, lexicon)) continue;
    if (after === word) end += word.length;
    const bare = m[1].endsWith(word) ? m[1].slice(0, -word.length) : m[1];
    const original = document.text.slice(start + 1, start + 1 + bare.length);
    const aliases = [document.text.slice(start, end), `${original}${word}`];
    // A programme's name carries its version, not a year: keep only level and city.
    const { level, city } = planProperties(bare, 'development_plan', lexicon, seg.city);
    const props = { kind: 'programme', level, city };
    const fact = sink.node('Plan', original, start, end, props, { aliases });
    out.push({ fact, start, end, name: bare, programme: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A quoted name in brackets right after a title (《…的意见》（“数据二十条”）): what the plan is called, written so. */
const NICKNAME = /^[（(]“([^“”\n]{2,16})”[)）]/;

/** A title the text gives as the short form of the plan it has just named (（以下简称《总体方案》）). */
function shortForm(folded: string, start: number, lexicon: Lexicon): boolean {
  const before = folded.slice(Math.max(0, start - 4), start);
  return lexicon.plans.named.shortForms.some((w) => before.endsWith(w));
}

/** The text after a title sums it up, with the titles listed after it, as a kind that is no plan (等地方标准). */
function summedAsNotPlans(after: string, lexicon: Lexicon): boolean {
  const rest = after.replace(/^(?:[、和及]?《[^《》\n]{1,60}》)*/, '');
  const kind = /^等([\u4e00-\u9fa5]{1,6})/.exec(rest)?.[1];
  // …等网络安全领域亟需标准: the kind word may close a longer phrase of the field the titles serve.
  const phrase = /^等([\u4e00-\u9fa5]{1,14})(?![\u4e00-\u9fa5])/.exec(rest)?.[1];
  return (
    (!!kind && lexicon.plans.notPlans.some((w) => kind.startsWith(w) || kind.slice(0, 4).includes(w))) ||
    (!!phrase && lexicon.plans.notPlans.some((w) => phrase.endsWith(w)))
  );
}

// A notice issuing a plan (关于印发X的通知, 关于印发〈X〉的通知) is known by the plan's name too.
const ISSUED = /关于(?:印发|转发)[<〈]?(.+?)[>〉]?的通知$/d;

const ISSUING_NOTICE = '的通知';

function issuedPlan(name: string, folded: string): string[] {
  const at = ISSUED.exec(folded)?.indices?.[1];
  return at ? [name.slice(at[0], at[1])] : [];
}

// Built once per lexicon: the patterns join every issuing verb and plan ending, read for every document.
const bareTitleWordsOf = new WeakMap<Lexicon, { re: RegExp; joined: RegExp; places: string[] }>();
const bareTitleWords = (lexicon: Lexicon) =>
  prepared(bareTitleWordsOf, lexicon, () => {
    const verbs = alternation([...lexicon.plans.issueCues, ...lexicon.agencies.roles.drafts]);
    const endings = alternation(Object.keys(lexicon.plans.suffixes));
    return {
      re: new RegExp(`(?:${verbs})(${BARE_TITLE}(?:${endings}))(?=[,;。，；\\n]|$)`, 'g'),
      // 制定实施了数智杭州建设总体方案: the verbs joined to the cue and the 了 that marks it done open no name.
      joined: new RegExp(`^(?:(?:${alternation(lexicon.plans.named.cues)})${DONE}?|${DONE})+`),
      places: [...lexicon.places.cities, ...lexicon.places.provinces],
    };
  });

/**
 * Titles written without 《》 after a drafting or issuing verb. Only a name that carries a place
 * (a city or province) is taken: 制定产业发展行动计划 names a kind of document, not one plan.
 */
function bareTitles(folded: string, lexicon: Lexicon): { start: number; end: number; name: string }[] {
  const { re, joined, places } = bareTitleWords(lexicon);
  const out: { start: number; end: number; name: string }[] = [];
  for (const m of folded.matchAll(re)) {
    if (firstIn(m[1], places) === undefined) continue;
    // 关于印发…行动计划的通知: the verb is the notice's; what it issues is the plan, read as a plan's name elsewhere.
    if (m[1].endsWith(ISSUING_NOTICE)) continue;
    const lead = joined.exec(m[1])?.[0].length ?? 0;
    const name = m[1].slice(lead);
    if (name.length < 4) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, name });
  }
  return out;
}
