import type { Lexicon } from '../../lexicon';
import { foldForMatching } from '../../normalise';
import { alternation, longestFirst, type SegmentedDocument, type Span } from '../../segment';
import type { FactSink, NodeFact } from '../facts/facts';
import { otherScript, planKindOf, planLevelOf, planProperties, withYear, type PlanKind } from './plan-names';
import type { PlanMention } from './plans';

// The plan(s) a document is, interprets or reports on: the plan in its title; an action plan
// whose own title is the document title; the annual plan of the document's year; or the plan
// it mentions most.

const NOTICE = /关于印发(.+?)的通知/;
/** A span of years or an edition after a title: （2020—2022年）, (2021—2023). */
const SPAN_AFTER = /[(（][^()（）]{1,16}[)）]$/;
/** A span of years closing a cited title's name: （2017—2025年）, (2017-2030). */
const YEARS_CLOSING = /[(（]\s*\d{4}\s*[-—–~至]\s*\d{4}\s*年?\s*[)）]$/;
/** Words right before a report's genre name that make it another report: a modifier (…批准的) or a year. */
const DE = /的/g;
const CITED = /(?:的|\d{4}年|[上去前今明]年)[《“]?$/;

export interface OwnPlans {
  plans: NodeFact[];
  /** The level the document speaks at: its own plan's, else its title's or opening's (a national report). */
  level?: string;
  mentions: PlanMention[];
  /** The own plan a sentence of this year belongs to, or the series name of another year's plan. */
  forYear(year: number | undefined): { plan?: NodeFact; seriesName?: string };
}

const notePatterns = new WeakMap<Lexicon, RegExp>();

/**
 * The title line less a note in brackets after it that says which part is given (…纲要（节选）, …政府工作报告（摘录）):
 * the note is the publisher's, not the plan's name.
 */
function titleOf(seg: SegmentedDocument, lexicon: Lexicon): Span | undefined {
  if (!seg.titleSpan) return undefined;
  let re = notePatterns.get(lexicon);
  if (!re) {
    const notes = lexicon.plans.named.titleNotes;
    re = notes.length ? new RegExp(`\\s*[(（](?:${alternation(notes)})[)）]\\s*$`) : /$^/;
    notePatterns.set(lexicon, re);
  }
  const { start, end } = seg.titleSpan;
  const note = re.exec(seg.folded.slice(start, end));
  return note && note.index > 0 ? { start, end: start + note.index } : seg.titleSpan;
}

/** A headline's act of issuing, after who issues (山东印发…规划). */
const REPORTED = /(?:印发|出台|发布|公布)/g;

/**
 * A headline reporting that a place or body issued a plan (山东印发数字强省建设“十四五”规划, …办公厅印发…) is a news
 * item's, not the plan's title: the plan is the one its text names. A verb inside a name (数据发布管理办法) is not
 * after a place or a body.
 */
function reportsAnIssue(title: string, lexicon: Lexicon): boolean {
  if (title.includes(ABOUT)) return false;
  const { provinces, cities, provincialNames } = lexicon.places;
  for (const verb of title.matchAll(REPORTED)) {
    const who = title.slice(0, verb.index);
    const place = who.replace(/[省市]$/, '');
    if (provinces.includes(place) || cities.includes(place) || place in provincialNames) return true;
    if (who.endsWith('政府') || lexicon.agencies.suffixes.some((s) => who.endsWith(s))) return true;
  }
  return false;
}

/**
 * A notice issuing two papers (关于印发广东省制造业数字化转型实施方案及若干政策措施的通知) names the first as the text
 * writes it in 《》 (…实施方案（2021—2025年）), the rest joined to it by 及/和/暨: that plan is the document's.
 */
const JOINED_PAPERS = /[及和暨与]/g;

/** The plan a notice issues, as its text names it, and how many of the notice's words name it. */
function issuedMention(name: string, mentions: PlanMention[]): { mention: PlanMention; length: number } | undefined {
  const bare = (n: string) => n.replace(DE, '').replace(SPAN_AFTER, '');
  const whole = mentions.find((m) => m.name.replace(DE, '') === name.replace(DE, ''));
  if (whole) return { mention: whole, length: name.length };
  for (const joint of name.matchAll(JOINED_PAPERS)) {
    const first = bare(name.slice(0, joint.index));
    const rest = name.slice(joint.index + 1);
    const firstNamed = mentions.find((m) => bare(m.name) === first);
    if (firstNamed && rest.length >= 2 && mentions.some((m) => m !== firstNamed && bare(m.name).endsWith(bare(rest))))
      return { mention: firstNamed, length: joint.index };
  }
  return undefined;
}

function fromTitle(seg: SegmentedDocument, sink: FactSink, lexicon: Lexicon, mentions: PlanMention[]): NodeFact | undefined {
  const title = titleOf(seg, lexicon);
  if (!title || wrappedAbove(seg, lexicon)) return undefined;
  let { start, end } = title;
  const notice = NOTICE.exec(seg.folded.slice(start, end));
  // A news item's headline names no plan of its own; a notice issuing one (关于印发…的通知) does,
  // whatever source line the page carries.
  // A headline that is a plan's title, over a body that names itself (制定本行动计划), is the plan's.
  if (seg.kind === 'news' && !notice && !namesItself(seg, lexicon)) return undefined;
  if (!notice && reportsAnIssue(seg.folded.slice(start, end), lexicon)) return undefined;
  if (notice) {
    start += notice.index + '关于印发'.length;
    end = start + notice[1].length;
  }
  let name = seg.folded.slice(start, end);
  // 关于印发广东省…发展实施方案的通知 over 《广东省…发展的实施方案》: a notice may drop a 的 its plan's title
  // writes; the plan is the one the text names, known by the notice's words too.
  const found = notice ? issuedMention(name, mentions) : undefined;
  // 数字浙江发展规划 over 《数字浙江发展规划（2017—2025年）》 in its text: a title without the span of years its text cites
  // it with is that plan, one node.
  const spanned = found ? undefined : mentions.find((m) => YEARS_CLOSING.exec(m.name)?.index === name.length && m.name.startsWith(name));
  const issued = found?.mention ?? spanned;
  if (found) end = start + found.length;
  name = seg.folded.slice(start, end);
  const titled = Object.entries(lexicon.plans.named.titleHeads).find(([head]) => name.endsWith(head));
  const kind = planKindOf(name, lexicon) ?? (titled?.[1] as PlanKind | undefined);
  if (!kind) return undefined;
  // 关于…2023年预算执行情况和2024年预算草案的报告: a report on a budget accounts for money, no plan.
  if (!planKindOf(name, lexicon) && lexicon.plans.named.budgetReports.some((w) => name.includes(w))) return undefined;
  // A nickname (数字泉城) names no city: the issuing title (济南市人民政府办公厅…) does.
  const props = planProperties(name, kind, lexicon, seg.city);
  // A nickname's level is the issuing title's, else the document's own words' (selfLevel).
  if (props.level === undefined) Object.assign(props, selfLevel(seg, lexicon));
  const written = seg.document.text.slice(start, end);
  const aliases = [...otherScript(written, name), ...(issued ? [written] : [])];
  return sink.node('Plan', issued?.fact.name ?? written, start, end, props, { aliases });
}

/**
 * The line above the title line when the title line is only the wrapped rest of it (宁波市人民政府关于印发宁波市数字经济发展⏎
 * 三年行动计划（2022—2024年）的通知: the second line ends as a plan does and was taken for the title): the first line
 * names a subject (关于…) but no plan, with no clause mark, and the title line holds no 关于 of its own.
 */
function wrappedAbove(seg: SegmentedDocument, lexicon: Lexicon): Span | undefined {
  const title = seg.titleSpan;
  if (!title || seg.folded.slice(title.start, title.end).includes(ABOUT)) return undefined;
  const above = seg.lines.filter((l) => l.end <= title.start && seg.folded.slice(l.start, l.end).trim()).at(-1);
  if (!above || !/^[ \t\u3000]*\n(?:[ \t\u3000]*\n)?[ \t\u3000]*$/.test(seg.folded.slice(above.end, title.start))) return undefined;
  const head = seg.folded.slice(above.start, above.end).trim();
  if (!head.includes(ABOUT) || NOT_NAME.test(head) || planKindOf(head, lexicon)) return undefined;
  return { start: above.start, end: above.end };
}

/** How far under a title line its wrapped rest may stand: the next line, or the one after a blank line. */
const WRAPPED_REST = /^[ \t\u3000]*\n(?:[ \t\u3000]*\n)?[ \t\u3000]*([^\n]{2,40})/;
const ABOUT = '关于';

/**
 * A title a layout set over two lines (国务院关于推动内蒙古高质量发展⏎奋力书写中国式现代化新篇章的意见; 湖南省人民政府办公厅
 * 关于加强普通高等学校⏎⏎毕业生就业工作的通知): the title line names a subject (关于…) but no plan, and the line under it, a
 * name with no clause mark, ends it in a plan's word. The plan is named by the two lines joined.
 */
function fromWrappedTitle(seg: SegmentedDocument, sink: FactSink, lexicon: Lexicon, mentions: PlanMention[]): NodeFact | undefined {
  if (!seg.titleSpan || seg.kind === 'news') return undefined;
  const { start, end } = wrappedAbove(seg, lexicon) ?? seg.titleSpan;
  const head = seg.folded.slice(start, end);
  if (!head.includes(ABOUT) || NOT_NAME.test(head) || planKindOf(head, lexicon)) return undefined;
  const rest = WRAPPED_REST.exec(seg.folded.slice(end, end + 80));
  if (!rest || NOT_NAME.test(rest[1])) return undefined;
  const restEnd = end + rest[0].length;
  const name = head + rest[1].trim();
  // A notice wrapped so (湖北省人民政府办公厅关于印发湖北省数字经济发展⏎“十四五”规划的通知) issues the plan it names:
  // the one its text writes in 《》, else the words between 关于印发 and 的通知.
  const notice = NOTICE.exec(name);
  if (notice) {
    const issued = issuedMention(notice[1], mentions)?.mention;
    const issuedName = notice[1];
    const at = start + notice.index + '关于印发'.length;
    const props = planProperties(issuedName, planKindOf(issuedName, lexicon) ?? 'other', lexicon, seg.city);
    if (props.level === undefined) Object.assign(props, selfLevel(seg, lexicon));
    const written = seg.document.text
      .slice(at, restEnd)
      .replace(/\s+/g, '')
      .replace(/的通知$/, '');
    const aliases = [...otherScript(written, issuedName), ...(issued && issued.fact.name !== written ? [written] : [])];
    return sink.node('Plan', issued?.fact.name ?? written, at, restEnd, props, { aliases });
  }
  const kind = planKindOf(name, lexicon);
  if (!kind || name.length > TITLE_LINE.max) return undefined;
  const props = planProperties(name, kind, lexicon, seg.city);
  if (props.level === undefined) Object.assign(props, selfLevel(seg, lexicon));
  const written = seg.document.text.slice(start, restEnd).replace(/\s+/g, '');
  return sink.node('Plan', written, start, restEnd, props, { aliases: otherScript(written, name) });
}

function namesItself(seg: SegmentedDocument, lexicon: Lexicon): boolean {
  return selfReference(seg, lexicon) !== null;
}

/**
 * A title line set in spaced letters (政 府 工 作 报 告) or wrapped by a layout (政府工作报⏎告) above
 * the body, when the line taken as the title is another (the occasion line under it): the
 * document's own plan, named without spaces or breaks.
 */
function fromSpacedTitle(seg: SegmentedDocument, sink: FactSink, lexicon: Lexicon): NodeFact | undefined {
  const lines = seg.lines.filter((l) => l.start < seg.bodyStart);
  for (const [i, line] of lines.entries()) {
    const raw = seg.folded.slice(line.start, line.end);
    // A wrapped title's tail is a short line right under it.
    const next = lines[i + 1];
    const wrapped = next && next.end - next.start <= 4 && !/\S\s+\S/.test(raw) ? next : undefined;
    if (!/\S\s+\S/.test(raw) && !wrapped) continue;
    const end = wrapped ? wrapped.end : line.end;
    const name = seg.folded.slice(line.start, end).replace(/\s+/g, '');
    const kind = lexicon.plans.named.titleHeads[name] ?? planKindOf(name, lexicon);
    if (!kind) continue;
    const props = { ...planProperties(name, kind as PlanKind, lexicon, seg.city), ...(seg.year ? { year: seg.year } : {}) };
    return sink.node('Plan', seg.document.text.slice(line.start, end).replace(/\s+/g, ''), line.start, end, props);
  }
  return undefined;
}

/**
 * A document without a title line that names itself (为…，制定本行动方案): its own plan, read where
 * it says so, named 本 + what it calls itself and kept to this document (anchored).
 */
function fromSelfReference(seg: SegmentedDocument, sink: FactSink, lexicon: Lexicon): NodeFact | undefined {
  const m = selfReference(seg, lexicon);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1].length;
  const kind = planKindOf(`本${m[1]}`, lexicon) ?? 'other';
  const own = selfLevel(seg, lexicon);
  // The title the document was delivered with (its manifest's) names the plan when it ends in what
  // the text calls itself (本实施方案 of …实施方案, its span of years after it or not: …行动计划（2023—2025年）);
  // a notice issuing a plan (关于印发…的通知) names it by the plan it issues.
  const delivered = seg.document.title.replace(/\s+/g, '');
  const issued = NOTICE.exec(delivered)?.[1].replace(/^[《〈<]|[》〉>]$/g, '');
  const base = issued ?? delivered;
  const bare = base.replace(SPAN_AFTER, '');
  const titled = bare.endsWith(m[1]) && !/[《》〈〉]|通知$/.test(base) ? base : undefined;
  const aliases = titled ? [`本${m[1]}`, ...(bare !== base ? [bare] : [])] : [];
  // Else a line of its own that names it (a notice forwarding 《咸宁市政府大数据中心建设方案》 over the
  // 方案 itself, headed by its title): the plan, as a title line names it.
  const line = titled ? undefined : titleLineEndingIn(seg, m[1]);
  if (line)
    return sink.node(
      'Plan',
      seg.document.text.slice(line.start, line.end).replace(/\s+/g, ''),
      line.start,
      line.end,
      { kind, level: own.level, city: own.city, own: true },
      { aliases: [`本${m[1]}`] },
    );
  return sink.node(
    'Plan',
    titled ?? `本${m[1]}`,
    start,
    start + m[1].length,
    { kind, level: own.level, city: own.city, own: true },
    { anchored: true, ...(titled ? { aliases } : {}) },
  );
}

/** How long a line standing for a title may be. */
const TITLE_LINE = { min: 6, max: 60 };

const NOT_NAME = /[，,。；;：:、《》]/;
/** A title's second line opens with a joining word (…工作⏎暨智慧政务建设总体实施方案). */
const JOINED = /^[暨及和与]/;

/**
 * A line that is only a name ending in `word` (…建设方案, …实施方案（2023—2025年）), no clause of prose; a line
 * opening with a joining word goes on the title line above it.
 */
function titleLineEndingIn(seg: SegmentedDocument, word: string): Span | undefined {
  const { folded, lines } = seg;
  const words = (i: number) => {
    const raw = folded.slice(lines[i].start, lines[i].end);
    const text = raw.trim();
    return { text, start: lines[i].start + raw.indexOf(text) };
  };
  for (let i = 0; i < lines.length; i++) {
    const { text, start } = words(i);
    if (text.length > TITLE_LINE.max || NOT_NAME.test(text) || !text.replace(SPAN_AFTER, '').endsWith(word)) continue;
    let from = start;
    if (JOINED.test(text)) {
      let k = i - 1;
      while (k >= 0 && words(k).text === '') k--;
      const above = k >= 0 ? words(k) : undefined;
      if (!above || NOT_NAME.test(above.text) || above.text.length + text.length > TITLE_LINE.max) continue;
      from = above.start;
    }
    const end = start + text.length;
    if (end - from >= TITLE_LINE.min) return { start: from, end };
  }
  return undefined;
}

const BRACKETS = /[《》〈〉<>\s]/g;

/**
 * A body that names itself (为确保《纲要》有效实施，制定本方案) under its plan's title set as a line of its own, the
 * plan the notice above it issues (《…任务分工方案》已经市人民政府同意，现印发给你们): that plan is the document's,
 * not another called 本方案. The title line may write a cited title in 《》 where the notice writes 〈〉.
 */
function fromTitleLine(seg: SegmentedDocument, mentions: PlanMention[], lexicon: Lexicon): NodeFact | undefined {
  const word = selfWordOf(seg, lexicon);
  if (!word) return undefined;
  const lines = new Set(seg.lines.map((l) => seg.folded.slice(l.start, l.end).replace(BRACKETS, '')));
  return mentions.find((m) => m.name.endsWith(word) && lines.has(m.name.replace(BRACKETS, '')))?.fact;
}

const selfPatterns = new WeakMap<Lexicon, RegExp | null>();

/** Where the text names itself (制定本方案), what it calls itself in group 1; the pattern built once per lexicon. */
function selfReference(seg: SegmentedDocument, lexicon: Lexicon): RegExpExecArray | null {
  if (!selfPatterns.has(lexicon)) {
    const { selfCues, selfWords } = lexicon.plans.named;
    const re =
      selfCues.length && selfWords.length
        ? new RegExp(`(?:${longestFirst(selfCues).join('|')})(${longestFirst(selfWords).join('|')})`)
        : null;
    selfPatterns.set(lexicon, re);
  }
  return selfPatterns.get(lexicon)?.exec(seg.folded) ?? null;
}

/** What the text calls itself where it names itself (制定本方案: 方案). */
function selfWordOf(seg: SegmentedDocument, lexicon: Lexicon): string | undefined {
  return selfReference(seg, lexicon)?.[1];
}

/** Words of a delivered title long enough to name it where the text writes them. */
const TITLE_PART = 6;

/**
 * A document whose text has no title line and names no plan of its own (no 制定本方案, no address to a congress) is
 * known by the title it was delivered with, whatever its genre, where its text writes that title or a part of it set
 * apart by a space (数据赋能创新 打造“5+”全链条智能审批新模式, written 数字赋能创新打造“5+”全链条智能审批新模式 in a bureau's
 * account of its reform): the definition's "the document's own title even without 《》". A title the text never writes
 * names nothing there (数字中国发展报告（2022年）). A body in brackets after the title is its publisher
 * (…新模式（青岛市行政审批服务局）), not part of it; a news item's headline names no plan (as in fromTitle).
 */
function fromDeliveredTitle(seg: SegmentedDocument, sink: FactSink, lexicon: Lexicon): NodeFact | undefined {
  if (seg.titleSpan || seg.kind === 'news') return undefined;
  const delivered = (seg.document.title ?? '').trim();
  if (!delivered) return undefined;
  const publisher = SPAN_AFTER.exec(delivered);
  const byBody = publisher && lexicon.agencies.suffixes.some((s) => publisher[0].slice(1, -1).endsWith(s));
  const name = byBody ? delivered.slice(0, publisher.index).trim() : delivered;
  const folded = foldForMatching(name);
  const parts = [folded.replace(/\s+/g, ''), ...folded.split(/\s+/)].filter((p) => p.length >= TITLE_PART);
  const written = parts.map((p) => ({ at: seg.folded.indexOf(p), p })).find((w) => w.at >= 0);
  if (!written) return undefined;
  const own = selfLevel(seg, lexicon);
  const props = { kind: 'other', level: own.level, city: own.city, own: true };
  return sink.node('Plan', name, written.at, written.at + written.p.length, props, { anchored: true });
}

/**
 * The level of a document that names itself (本行动计划): its title line's, else a city named in its
 * first lines, else the first-person place words of its text (我省, 全市: the superior plans it
 * cites name 国家 too), else what its opening names.
 */
function selfLevel(seg: SegmentedDocument, lexicon: Lexicon): { level?: string; city?: string } {
  const title = seg.titleSpan ? planLevelOf(seg.folded.slice(seg.titleSpan.start, seg.titleSpan.end), lexicon, seg.city) : {};
  if (title.level) return title;
  const opening = seg.folded.slice(0, Math.min(seg.folded.length, 2000));
  // A city named in the first lines is the document's own (为加快推动青岛市…); one named later may be an example.
  if (seg.city && opening.slice(0, 200).includes(seg.city)) return { level: 'municipal', city: seg.city };
  const own = Object.entries(lexicon.plans.levels.own)
    .map(([word, level]) => ({ at: opening.indexOf(word), level }))
    .filter((w) => w.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (own) return { level: own.level };
  return planLevelOf(opening, lexicon);
}

/**
 * A work report without a title line names itself where the speaker addresses the congress
 * (我代表国务院，向大会报告政府工作): its own plan, the report of its year, at the level of the
 * body the speaker represents.
 */
function fromAddress(seg: SegmentedDocument, sink: FactSink, lexicon: Lexicon): NodeFact | undefined {
  const address = readAddress(seg, lexicon);
  if (!address) return undefined;
  const { reportName } = lexicon.plans.named.selfReport;
  const props = { ...planProperties(reportName, 'other', lexicon, seg.city), ...address.level };
  if (seg.year) Object.assign(props, { year: seg.year });
  return sink.node('Plan', reportName, address.start, address.end, props);
}

/** Where a work report's speaker addresses the congress, and the level of the body they represent. */
function readAddress(seg: SegmentedDocument, lexicon: Lexicon) {
  const { speaker, addresses, reportName } = lexicon.plans.named.selfReport;
  if (!speaker || !addresses.length || !reportName) return undefined;
  const re = new RegExp(`${speaker}([^,，。\\n]{2,20}?)[,，]?(?:${longestFirst(addresses).join('|')})`);
  const m = re.exec(seg.folded.slice(0, 3000));
  if (!m) return undefined;
  return { start: m.index, end: m.index + m[0].length, level: planLevelOf(m[1], lexicon, seg.city) };
}

export function findOwnPlans(seg: SegmentedDocument, mentions: PlanMention[], sink: FactSink, lexicon: Lexicon): OwnPlans {
  const title = seg.titleSpan;
  // A title naming a plan around the one it cites (成都市贯彻落实《成渝地区双城经济圈建设规划纲要》实施方案) is that plan,
  // read whole below; the cited one is another.
  const around = title !== undefined && namesAround(seg.folded.slice(title.start, title.end), lexicon);
  let plans = title && !around ? mentions.filter((m) => m.start >= title.start && m.end <= title.end).map((m) => m.fact) : [];
  // 国务院办公厅关于印发《…工作方案》的通知: the issuing title gives the plan's level.
  for (const p of plans) if (p.properties.level === undefined) Object.assign(p.properties, selfLevel(seg, lexicon));
  if (!plans.length) {
    const own =
      fromTitle(seg, sink, lexicon, mentions) ?? fromWrappedTitle(seg, sink, lexicon, mentions) ?? fromSpacedTitle(seg, sink, lexicon);
    // 某市发展改革委2023年工作总结: a summary or an evaluation is named by its title, but the plan it reports on is still
    // looked for below (the year's action plan it describes).
    if (own && !lexicon.plans.named.reportsOn.some((w) => own.name.endsWith(w))) plans = [own];
  }
  if (!plans.length) {
    const titled = fromTitleLine(seg, mentions, lexicon);
    if (titled) plans = [titled];
  }
  if (!plans.length) {
    const self = fromSelfReference(seg, sink, lexicon) ?? fromAddress(seg, sink, lexicon) ?? fromDeliveredTitle(seg, sink, lexicon);
    if (self) plans = [self];
  }
  // The plans the document names itself by (its title, its address); the fallbacks below guess from what it cites.
  const selfNamed = new Set(plans);
  if (!plans.length && seg.year !== undefined) {
    const annual = mentions.find((m) => m.fact.properties.kind === 'action_plan' && m.fact.properties.year === seg.year);
    if (annual) plans = [annual.fact];
  }
  if (!plans.length && mentions.length) {
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    const top = [...mentions].sort((a, b) => (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0) || a.start - b.start)[0];
    plans = [top.fact];
  }
  // 政府工作报告: a report named by its genre alone is this document's, and so is the same name in its text.
  const generic = new Set(plans.filter((p) => selfNamed.has(p) && namedByGenre(p.name, lexicon)).map((p) => p.name));
  for (const p of plans)
    if (generic.has(p.name)) {
      p.documentScoped = true;
      p.properties.own = true;
    }
  // …会议批准的政府工作报告, 2022年《政府工作报告》: a report qualified before its name is another one, cited.
  for (const m of mentions)
    if (generic.has(m.fact.name) && !CITED.test(seg.folded.slice(Math.max(0, m.start - 5), m.start))) m.fact.documentScoped = true;
  // A report's level is the body's its speaker represents (我代表海拉尔区人民政府…), not a guess from its
  // title line's opening words.
  const address = plans.some((p) => p.properties.level === undefined || generic.has(p.name)) ? readAddress(seg, lexicon) : undefined;
  if (address?.level.level) for (const p of plans) if (generic.has(p.name)) Object.assign(p.properties, address.level);
  const read = plans.find((p) => typeof p.properties.level === 'string')?.properties.level ?? selfLevel(seg, lexicon).level;
  const level = typeof read === 'string' ? read : undefined;
  // A national document cites national documents: a 《》 title it names with no level word is national.
  if (level === 'national') for (const m of mentions) if (m.fact.properties.level === undefined) m.fact.properties.level = 'national';
  const forYear = (year: number | undefined) => {
    const same = plans.find((p) => year === undefined || p.properties.year === undefined || p.properties.year === year);
    if (same) return { plan: same };
    const annual = plans.find((p) => typeof p.properties.year === 'number');
    return { seriesName: annual && year !== undefined ? withYear(annual.name, year) : undefined };
  };
  return { plans, mentions, forYear, level };
}

/** A title whose words after its last cited title are a plan's own head (…》实施方案), not a notice's (…》的通知). */
function namesAround(title: string, lexicon: Lexicon): boolean {
  const close = Math.max(title.lastIndexOf('》'), title.lastIndexOf('〉'));
  if (close < 0) return false;
  const tail = title.slice(close + 1).replace(SPAN_AFTER, '');
  return tail.length >= 2 && !tail.startsWith('的') && planKindOf(tail, lexicon) !== undefined;
}

/** A name that is only the genre of a report (政府工作报告, 《政府工作报告》), with no issuer or year of its own. */
const namedByGenre = (name: string, lexicon: Lexicon): boolean =>
  name.replace(/[《》“”\s]/g, '') === lexicon.plans.named.selfReport.reportName;

/** How long an own plan's name must be for its restatement in the body to be known as it. */
const RESTATED_MIN = 8;

/**
 * Where the body restates the name of the own plan its title line names (我向大会作关于深圳市…计划执行情况与2016年计划
 * （草案）的报告): the document's own plan again, so no reading inside it names another (执行|情况与2016年计划 is no plan).
 */
export function restatedOwnNames(seg: SegmentedDocument, plans: readonly NodeFact[]): Span[] {
  const out: Span[] = [];
  const title = seg.titleSpan;
  if (!title) return out;
  for (const p of plans) {
    if (p.span.start < title.start || p.span.end > title.end) continue;
    const name = foldForMatching(p.name);
    if (name.length < RESTATED_MIN) continue;
    for (let at = seg.folded.indexOf(name); at >= 0; at = seg.folded.indexOf(name, at + name.length))
      out.push({ start: at, end: at + name.length });
  }
  return out;
}
