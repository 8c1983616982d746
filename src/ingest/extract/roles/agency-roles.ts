import type { Role } from '../../../model';
import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared, type SegmentedDocument } from '../../segment';
import { readAddressees } from '../agencies/addressees';
import type { AgencyMention } from '../agencies/agencies';
import { roleNote } from '../tasks/clauses';
import type { FactSink, NodeFact } from '../facts/facts';
import { labelLine, noteRole } from '../agencies/note-roles';
import { ownedRole, readOwnedOutsideUnits } from './owned-roles';
import { columnCells, type ColumnCell } from '../agencies/table-columns';
import { readTitleIssuers } from '../agencies/title-issuers';
import type { OwnPlans } from '../plans/own-plans';
import type { ReadUnit } from '../tasks/tasks';

// Who is responsible for what (RESPONSIBLE_FOR, with a role): an agency that 牵头起草/印发 a plan
// in the same sentence; the 解读单位 of an interpretation; the author of a work summary; and
// agencies in a task's note ((市大数据局牵头,市财政局配合)).

// The drafting and issuing words, longest first, with the role each gives: once per lexicon.
const roleCuesOf = new WeakMap<Lexicon, [string, Role][]>();
const roleCues = (lexicon: Lexicon): [string, Role][] =>
  prepared(roleCuesOf, lexicon, () => {
    const roles = lexicon.agencies.roles;
    return longestFirst([...roles.drafts, ...roles.issues]).map((w) => [w, roles.drafts.includes(w) ? 'drafts' : 'issues']);
  });

export function readAgencyRoles(
  seg: SegmentedDocument,
  own: OwnPlans,
  agencies: AgencyMention[],
  units: ReadUnit[],
  sink: FactSink,
  lexicon: Lexicon,
): void {
  const { folded } = seg;
  const roles = lexicon.agencies.roles;
  const cues = roleCues(lexicon);
  // 印发/出台/编制 a plan: the body named before the act in its sentence, else the document's
  // issuer (a summary's author: 印发《…》 with no subject), with the period of the act.
  const issuer = seg.titleSpan ? agencies.find((a) => a.start >= seg.titleSpan!.start && a.end <= seg.titleSpan!.end) : undefined;
  const plans = sink.nodes.filter((n) => n.label === 'Plan' && !n.anchored);
  const events = longestFirst(roles.announcements.events);
  /** Whether the act word at `at` is part of an event's name (新闻发布会), no act. */
  const inEvent = (at: number, end: number) =>
    events.some((e) => {
      for (let k = Math.max(0, end - e.length); k <= at; k++) if (folded.startsWith(e, k)) return true;
      return false;
    });
  for (const s of seg.sentences) {
    // An act is about a plan named after it in its sentence: a sentence holding none is not searched for the acts.
    if (!plans.some((p) => p.span.start >= s.start && p.span.end <= s.end)) continue;
    const done = new Set<string>(); // 牵头起草 also holds 起草: one act
    const sentence = folded.slice(s.start, s.end); // search the sentence, not the rest of the document
    for (const [word, role] of cues) {
      for (let i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + word.length)) {
        const at = s.start + i;
        const cueEnd = at + word.length;
        if (inEvent(at, cueEnd)) continue;
        const acted = plans.filter(
          (p) =>
            p.span.start >= cueEnd &&
            p.span.end <= s.end &&
            p.span.start - cueEnd <= 40 &&
            !/[。;；]/.test(folded.slice(cueEnd, p.span.start)),
        );
        if (!acted.length) continue;
        const before = agencies.filter((a) => a.start >= s.start && a.end <= at);
        // 工信部、中央网信办、…等十部门联合印发《…》: every body of the list the last one closes acts with it.
        const subjects = before.length ? listEndingWith(folded, before) : issuer ? [issuer] : [];
        for (const p of acted) {
          for (const subject of subjects) {
            if (done.has(`${subject.start}|${p.span.start}`)) continue;
            done.add(`${subject.start}|${p.span.start}`);
            sink.rel(
              'RESPONSIBLE_FOR',
              subject.fact,
              p,
              subject.start < at ? Math.min(subject.start, at) : at,
              p.span.end,
              { role, year: s.year, period: s.period },
              role,
            );
          }
        }
      }
    }
  }
  for (const label of roles.interprets) {
    const at = folded.indexOf(label);
    const a = at >= 0 ? agencies.find((x) => x.start > at && x.start - at <= label.length + 3) : undefined;
    if (a) for (const p of own.plans) sink.rel('RESPONSIBLE_FOR', a.fact, p, at, a.end, { role: 'interprets' }, 'interprets');
  }
  if (seg.kind === 'work_summary' && seg.titleSpan) {
    const t = seg.titleSpan;
    const author = agencies.find((a) => a.start >= t.start && a.end <= t.end);
    if (author) for (const p of own.plans) sink.rel('RESPONSIBLE_FOR', author.fact, p, t.start, t.end, { role: 'reports' }, 'reports');
  }
  readAnnouncers(folded, own, agencies, sink, lexicon);
  readSpeakers(folded, own, agencies, sink, lexicon);
  readTitleIssuers(folded, agencies, sink);
  readIssuers(seg, own, agencies, issuer, sink, lexicon);
  // 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：: the bodies a notice is sent to carry its plans out.
  for (const to of own.plans.length ? readAddressees(folded) : []) {
    const body = agencies.find((a) => a.start === to.start && a.end === to.end);
    if (body)
      for (const p of own.plans)
        sink.rel('RESPONSIBLE_FOR', body.fact, p, to.line.start, to.line.end, { role: 'carries_out' }, 'carries_out');
  }
  readSentenceAgencies(folded, agencies, units, sink, lexicon, issuer, columnCells(folded, lexicon));
  const sorted = [...agencies].sort((x, y) => x.start - y.start);
  readOwnedOutsideUnits(
    seg.sentences,
    units.map((u) => u.sentence),
    own.plans,
    sorted,
    folded,
    sink,
    lexicon,
  );
  // 列第一位者为牵头单位: where the document says so, only a note's first body leads.
  const firstLeads = roles.firstLeads.some((w) => folded.includes(w));
  const noted = new Set<number>();
  for (const unit of units) {
    if (unit.fact.label !== 'Task') continue;
    const note = noteFor(folded, unit.sentence, lexicon);
    if (!note) {
      // （基教处、装备信息中心、教科院、各区市）: a note that only lists units names those carrying the task out.
      const bare = bareNote(folded, unit, agencies);
      for (const a of bare) sink.rel('RESPONSIBLE_FOR', a.fact, unit.fact, a.start, a.end, { role: 'carries_out' }, 'carries_out');
      continue;
    }
    noted.add(note.start);
    const named = agencies.filter((x) => x.start >= note.start && x.end <= note.end);
    for (const a of named) {
      const role = noteRole(folded, note, a, a === named[0], firstLeads, lexicon);
      sink.rel('RESPONSIBLE_FOR', a.fact, unit.fact, note.start, note.end, { role }, role);
    }
  }
  // A note closing a sentence read as no task (…享受院士医疗待遇。（责任单位：市科技局）): its bodies play
  // their part in the document's own plans.
  for (const s of own.plans.length ? seg.sentences : []) {
    const note = noteFor(folded, s, lexicon);
    if (!note || noted.has(note.start)) continue;
    noted.add(note.start);
    const named = agencies.filter((x) => x.start >= note.start && x.end <= note.end);
    for (const a of named) {
      const role = noteRole(folded, note, a, a === named[0], firstLeads, lexicon);
      for (const p of own.plans) sink.rel('RESPONSIBLE_FOR', a.fact, p, note.start, note.end, { role }, role);
    }
  }
}

/** 市政府新闻办举行的新闻发布会: the body holding the event that announces the document's own plans reports them. */
function readAnnouncers(folded: string, own: OwnPlans, agencies: AgencyMention[], sink: FactSink, lexicon: Lexicon): void {
  const { holds, events } = lexicon.agencies.roles.announcements;
  if (!own.plans.length || !events.length) return;
  const longest = longestFirst(events);
  for (const a of agencies) {
    const hold = holds.find((w) => folded.startsWith(w, a.end));
    const event = hold ? longest.find((e) => folded.startsWith(e, a.end + hold.length)) : undefined;
    if (!hold || !event) continue;
    const end = a.end + hold.length + event.length;
    for (const p of own.plans) sink.rel('RESPONSIBLE_FOR', a.fact, p, a.start, end, { role: 'reports' }, 'reports');
  }
}

/** 我代表国务院，向大会报告政府工作: the body a report's speaker represents reports the document's own plans. */
function readSpeakers(folded: string, own: OwnPlans, agencies: AgencyMention[], sink: FactSink, lexicon: Lexicon): void {
  const { speakerCues, audienceCues } = lexicon.reports;
  if (!own.plans.length) return;
  for (const a of agencies) {
    if (!speakerCues.some((w) => folded.startsWith(w, a.start - w.length))) continue;
    const rest = folded.slice(a.end, a.end + 8).replace(/^[，,\s]+/, '');
    if (!audienceCues.some((w) => rest.startsWith(w))) continue;
    for (const p of own.plans) sink.rel('RESPONSIBLE_FOR', a.fact, p, a.start, a.end, { role: 'reports' }, 'reports');
  }
}

// The foot of a document, where its issuers sign (国务院办公厅⏎2018年12月7日).
const FOOT = 600;

/**
 * The bodies that issue the document itself issue its own plans, in the document's year: the body
 * heading its title (国务院办公厅关于…), the one after a metadata label (发文机关：国务院), and those
 * signed alone on a line at its foot.
 */
function readIssuers(
  seg: SegmentedDocument,
  own: OwnPlans,
  agencies: AgencyMention[],
  titled: AgencyMention | undefined,
  sink: FactSink,
  lexicon: Lexicon,
): void {
  if (!own.plans.length) return;
  const { folded } = seg;
  // Where a body may stand after a label (发文机关：⏎国务院): each label read once, not per body.
  const afterLabel = new Set<number>();
  for (const w of lexicon.agencies.roles.issuerLabels) {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + w.length)) {
      const gap = /^[\s:：]*/.exec(folded.slice(i + w.length, i + w.length + 12))?.[0].length ?? 0;
      afterLabel.add(i + w.length + gap);
    }
  }
  const labelled = (a: AgencyMention) => afterLabel.has(a.start);
  const lineStart = (i: number) => folded.lastIndexOf('\n', i - 1) + 1;
  const lineEnd = (i: number) => (folded.indexOf('\n', i) < 0 ? folded.length : folded.indexOf('\n', i));
  // 国家数据局 中央网信办 科技部 (spaced with U+3000)…: several issuers may sign one line, spaced apart; the line holds nothing else.
  const signed = (a: AgencyMention) => {
    if (a.start < folded.length - FOOT) return false;
    const [from, to] = [lineStart(a.start), lineEnd(a.end)];
    const rest = agencies
      .filter((x) => x.start >= from && x.end <= to)
      .reduce((line, x) => line.split(folded.slice(x.start, x.end)).join(''), folded.slice(from, to));
    return !rest.replace(/[\s\u3000]/g, '');
  };
  const issuers = [titled, ...agencies.filter((a) => labelled(a) || signed(a))].filter((a): a is AgencyMention => !!a);
  const done = new Set<NodeFact>();
  for (const a of issuers) {
    if (done.has(a.fact)) continue;
    done.add(a.fact);
    for (const p of own.plans)
      sink.rel('RESPONSIBLE_FOR', a.fact, p, a.start, a.end, { role: 'issues', year: seg.year, period: seg.period }, 'issues');
  }
}

/**
 * Results and tasks link the bodies their own clause names, or the sentence names before its first
 * clause (市大数据局会同发改、财政等部门…): a body in a 会同/联合 list cooperates, one followed by
 * 牵头/负责 leads, any other carries the work out. The role note of a task is read separately.
 */
function readSentenceAgencies(
  folded: string,
  agencies: AgencyMention[],
  units: ReadUnit[],
  sink: FactSink,
  lexicon: Lexicon,
  issuer: AgencyMention | undefined,
  cells: ColumnCell[],
): void {
  const r = lexicon.agencies.roles;
  // Only the list right after the opener: 会同发改、财政 (not 联合烟台、大连…发起成立…联盟).
  // The list may name the place it is read in (与当地发展改革、…), break over a line, and join its last
  // item with 及/和 (…文旅及残联).
  const opener = new RegExp(
    `(?:${longestFirst([...r.joins, ...r.partners]).join('|')})(?:当地|本地|同级)?(?:[^,，。;；、及和\\n]{1,12}[、及和]\\s*)*$`,
  );
  const linked = new Set(sink.relationships.filter((x) => x.type === 'RESPONSIBLE_FOR').map((x) => x.to));
  // …领导小组, …联席会议: a body named as one that leads leads where its clause says nothing else.
  const leading = (name: string) => r.leadingEndings.some((w) => name.endsWith(w));
  const leadAct = leadActRe(lexicon);
  const receives = (before: string) => r.receives.some((w) => before.endsWith(w) && !/[请提]$/.test(before.slice(0, -w.length)));
  let sentence: ReadUnit['sentence'] | undefined;
  for (const unit of units) {
    const first = unit.sentence !== sentence;
    sentence = unit.sentence;
    if (linked.has(unit.fact)) continue;
    const from = first ? unit.sentence.start : unit.start;
    const named = agencies.filter((x) => x.start >= from && x.end <= unit.end);
    // 会同发改、财政等部门 with no subject: the document's issuer leads the work.
    if (issuer && named.length && named.every((a) => opener.test(folded.slice(unit.sentence.start, a.start)))) {
      const at = named[0].start;
      sink.rel(
        'RESPONSIBLE_FOR',
        issuer.fact,
        unit.fact,
        at,
        unit.end,
        { role: 'leads', year: unit.sentence.year, period: unit.sentence.period },
        'leads',
      );
    }
    for (const [k, a] of named.entries()) {
      const before = folded.slice(unit.sentence.start, a.start);
      // 根据《中共中央关于制定…的建议》: a body inside a cited title issued it (title-issuers), it does not act here.
      if (insideTitle(before)) continue;
      // 汇总后报市人民政府: the body a report is sent to receives it; it does not act here (报请国务院批准 does).
      if (receives(before)) continue;
      // 由农业农村部、工业和信息化部牵头: every body of a list before a role word takes it.
      let last = a;
      for (let j = k + 1; j < named.length && named[j].start === last.end + 1 && /[、和及]/.test(folded[last.end]); j++) last = named[j];
      const after = folded.slice(last.end, last.end + 4);
      // 在市委的正确领导下, 落实中央八项规定精神, 经国务院同意: what the body owns gives its part first.
      const owns = ownedRole(before, folded.slice(last.end, Math.min(unit.sentence.end, last.end + 60)), lexicon);
      if (owns === 'unnamed') continue;
      // 序号 重点任务 牵头单位 配合单位: a body in a task table's role column plays the role its header names.
      const column = cells.find((c) => a.start >= c.start && a.end <= c.end);
      const role: Role =
        column?.role ??
        owns ??
        (opener.test(before)
          ? 'cooperates'
          : r.issues.some((w) => after.startsWith(w)) // 中共中央、国务院印发《…》: every body of the list
            ? 'issues'
            : r.leads.some((w) => after.startsWith(w)) || lexicon.agencies.roles.joins.some((w) => after.startsWith(w))
              ? 'leads'
              : leading(a.name) || leadAct?.test(folded.slice(last.end, last.end + LEAD_ACT_REACH))
                ? 'leads'
                : 'carries_out');
      sink.rel(
        'RESPONSIBLE_FOR',
        a.fact,
        unit.fact,
        a.start,
        unit.end,
        { role, year: unit.sentence.year, period: unit.sentence.period },
        role,
      );
    }
  }
}

/** The bodies of a note closing a task's sentence that holds nothing but them: （基教处、装备信息中心、各区市）. */
function bareNote(folded: string, unit: ReadUnit, agencies: AgencyMention[]): AgencyMention[] {
  const s = unit.sentence;
  let open = -1;
  let close = -1;
  let at = s.end;
  while (at < folded.length && /[\s。;；]/.test(folded[at]) && folded[at] !== '\n') at++;
  if (folded[at] === '(' || folded[at] === '（') {
    open = at;
    close = open + folded.slice(open, open + 100).search(/[)）]/);
  } else {
    // …每月至少两课时（装备信息中心、教科院）。: the note ends the sentence itself.
    let last = s.end - 1;
    while (last > s.start && /[\s。;；]/.test(folded[last])) last--;
    if (folded[last] !== ')' && folded[last] !== '）') return [];
    close = last;
    open = Math.max(folded.lastIndexOf('(', last), folded.lastIndexOf('（', last));
  }
  if (open < unit.start || close <= open + 1) return [];
  const named = agencies.filter((x) => x.start > open && x.end <= close).sort((x, y) => x.start - y.start);
  let rest = '';
  let from = open + 1;
  for (const a of named) {
    if (a.start < from) continue;
    rest += folded.slice(from, a.start);
    from = a.end;
  }
  rest += folded.slice(from, close);
  return named.length && /^[、，,和及\s]*$/.test(rest) ? named : [];
}

// How far after a list of bodies the act that leads is looked for (…等部门要加强对智慧社区建设的组织领导).
const LEAD_ACT_REACH = 40;
const leadActs = new WeakMap<Lexicon, RegExp | undefined>();
/**
 * 要加强对…的组织领导 right after the bodies (past 等部门 and a modal): their act is to lead what it names; a bare 加强组织领导
 * (各地商务主管部门要加强组织领导，…) is how they carry the plan out.
 */
const leadActRe = (lexicon: Lexicon): RegExp | undefined =>
  prepared(leadActs, lexicon, () => {
    const { verbs, kinds } = lexicon.agencies.roles.leadActs;
    if (!verbs.length) return undefined;
    const modal = longestFirst(lexicon.agencies.acting.kindActs).join('|');
    const kind = kinds.length ? `(?:${longestFirst(kinds).join('|')})?` : '';
    return new RegExp(
      `^(?:等(?:部门|单位))?(?:${modal})?(?:${longestFirst(verbs).join('|')})对[^，。；,;\\n]{1,24}?的${kind}领导(?!小组|班子|干部)`,
    );
  });

/** Whether a body stands inside a 《…》 title still open where the text before it ends. */
const insideTitle = (before: string) => before.lastIndexOf('《') > before.lastIndexOf('》');

/** The role note closing a task's sentence, inside it or standing right after its 。. */
function noteFor(folded: string, sentence: ReadUnit['sentence'], lexicon: Lexicon) {
  const clauses = sentence.clauses;
  const inside = clauses.length ? roleNote(folded, clauses[clauses.length - 1], lexicon) : undefined;
  if (inside) return inside;
  let at = sentence.end;
  while (at < folded.length && /[\s。;]/.test(folded[at]) && folded[at] !== '\n') at++;
  // 责任单位：市科技局、市财政局 on the line after the task, or opening the next sentence: the note outside brackets.
  if (folded[at] !== '(' && folded[at] !== '（') return labelLine(folded, sentence.end, lexicon);
  const close = folded.slice(at).search(/[)）]/);
  return close > 0 ? roleNote(folded, { start: at, end: at + close + 1 }, lexicon) : undefined;
}

/** The last body of `before` with those before it joined to it by 、 or 和/及/与 alone, in text order (A、B和C). */
function listEndingWith(folded: string, before: AgencyMention[]): AgencyMention[] {
  const list = [before[before.length - 1]];
  for (let k = before.length - 2; k >= 0; k--) {
    if (!/^(?:、|和|及|与)$/.test(folded.slice(before[k].end, list[0].start))) break;
    list.unshift(before[k]);
  }
  return list;
}
