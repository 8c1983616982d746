import type { Lexicon } from '../lexicon';
import { chineseNumber, longestFirst, startsWithAny, type SegmentedDocument, type Span } from '../segment';
import { phraseStart } from './phrase';
import type { FactSink, NodeFact } from './facts';
import type { Outlooks } from './outlook';
import type { OwnPlans } from './own-plans';

// Engineering projects (工程): headings 实施…工程; headings of a plan that declares 六大创新工程
// (推进数字政府场景变革创新); 实施…工程 inside a sentence; and enumerations 实施A、B等六个提升工程.
// A programme with a version (“数字青岛2.0”工程) is a Plan, and a 工程 nobody 实施s is not ours.

export interface ProjectScope extends Span {
  project: NodeFact;
  /** The project heads a section: what is named inside it is part of it. */
  section?: boolean;
}

const CN = '[\\d一二两三四五六七八九十]+';
const INLINE = /(?:实施|推进)([^,;。!?，；、《》\s]{2,24}?工程)/g;
const ENUMERATION = new RegExp(
  `(?:实施|推进)((?:[^,;。、，；]{2,14}、)+[^,;。、，；]{2,14}?)等?(${CN})(?:个|大|项)([^,;。，；]{0,6}工程)`,
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
  for (const section of seg.sections) {
    const h = section.headingText;
    const verb = startsWithAny(h, verbs);
    const named = /工程$/.test(h) && verb && !/\d+\.\d+/.test(h) && !new RegExp(`^${CN}[大个项]`).test(h.slice(verb.length));
    const underDeclared = declared && h.includes(declared[1]) && !h.includes('工程') && verb;
    if (!relevant(section.start) || !(named || underDeclared) || section.mode === 'problems') continue;
    const start = section.heading.start + verb.length;
    const name = document.text.slice(start, section.heading.end);
    const marker = /^([一二三四五六七八九十]+)、/.exec(folded.slice(section.start, section.heading.start));
    const key = folded.slice(start, section.heading.end);
    const ordinal = ordinals.get(key) ?? (marker ? chineseNumber(marker[1]) : undefined) ?? ordinals.size + 1;
    ordinals.set(key, ordinal);
    const fact = make(name, section.heading.start, section.heading.end, section.year, section.domain, ordinal, [
      document.text.slice(section.heading.start, section.heading.end),
    ]);
    scopes.push({ start: section.start, end: section.end, project: fact, section: true });
  }

  for (const p of seg.paragraphs) {
    if (!relevant(p.start)) continue;
    const text = folded.slice(p.start, p.end);
    const found: { at: number; end: number; fact: NodeFact }[] = [];
    for (const m of text.matchAll(INLINE)) {
      const at = p.start + m.index + m[0].length - m[1].length;
      if (/\d+\.\d+|^“?[\d一二三四五六七八九十]+大/.test(m[1]) || inHeading(seg, at)) continue;
      const s = seg.sentences.find((x) => at >= x.start && at < x.end);
      if (!s || s.mode === 'problems' || s.mode === 'context') continue;
      found.push({
        at,
        end: at + m[1].length,
        fact: make(document.text.slice(at, at + m[1].length), at, at + m[1].length, s.year, s.domain),
      });
    }
    found.forEach((f, i) => scopes.push({ start: f.at, end: found[i + 1]?.at ?? p.end, project: f.fact }));
    for (const m of text.matchAll(ENUMERATION)) {
      const s = seg.sentences.find((x) => p.start + m.index >= x.start && p.start + m.index < x.end);
      if (!s || s.mode === 'problems') continue;
      const start = p.start + m.index;
      const end = start + m[0].length;
      // Enumerated projects have no scope of their own; the empty scope marks their clause.
      for (const item of m[1].split('、')) scopes.push({ start: end, end, project: make(`${item}${m[3]}`, start, end, s.year, s.domain) });
    }
  }
  readNamedProjects(seg, lexicon, relevant, scopes, make);
  return scopes;
}

const COUNT = /^[\d一二两三四五六七八九十百千]+[项个大类批]/;

/**
 * Every other named 工程 (…改造工程, “菜篮子”工程, A、B工程, 工程 in traditional script once folded):
 * the phrase before 工程 back to a task verb. Such a project has no scope of its own.
 */
function readNamedProjects(
  seg: SegmentedDocument,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
  scopes: ProjectScope[],
  make: (name: string, start: number, end: number, year: number | undefined, domain: string | undefined) => NodeFact,
): void {
  const { folded, document } = seg;
  const rule = lexicon.plans.projectNames;
  const word = lexicon.plans.programmeWord;
  const boundaries = [
    ...lexicon.verbs.task.filter((v) => !rule.nameWords.includes(v)),
    ...lexicon.verbs.adverbs.filter((v) => v.length > 1),
    ...rule.boundaries,
    '的',
    '与',
    '及',
  ];
  const taken: { start: number; end: number }[] = scopes.map((s) => s.project.span);
  for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (!relevant(i) || folded[i - 1] === '、' || rule.notFollowedBy.some((w) => folded.startsWith(w, end))) continue;
    let start = phraseStart(folded, i, 30, boundaries, 0, true);
    // 十大工程, 四项工程: a count of projects, not one.
    if (/[\d一二两三四五六七八九十百千]+[项个大类批]”?$/.test(folded.slice(start, i))) continue;
    // A list summed up before its own name (防汛抗旱、引水调水等重大水利工程) leaves the name; a list
    // that is the name (主题酒店、文化交流中心等工程) stays.
    const etc = folded.lastIndexOf('等', i);
    if (etc >= start && genericCore(folded.slice(etc + 1, i), rule.generic).length >= 2) start = etc + 1;
    // A count before the name is not part of it (100项重大科技创新工程); 、 at the edge is a list's.
    const count = COUNT.exec(folded.slice(start, i));
    if (count) start += count[0].length;
    // 六大创新工程: a short name after a count is the kind of the counted projects.
    if (count && genericCore(folded.slice(start, i), rule.generic).length <= 4) continue;
    while (folded[start] === '、') start++;
    if (unbalanced(folded.slice(start, end))) start++;
    if (
      genericCore(folded.slice(start, i), rule.generic).length < 2 ||
      taken.some((t) => start < t.end && t.start < end) ||
      inHeading(seg, start)
    )
      continue;
    const s = seg.sentences.find((x) => i >= x.start && i < x.end);
    if (s?.mode === 'problems') continue;
    taken.push({ start, end });
    scopes.push({ start: end, end, project: make(document.text.slice(start, end), start, end, s?.year, s?.domain) });
  }
}

function genericCore(name: string, generic: readonly string[]): string {
  let core = name.replace(/[“”"]/g, '');
  for (const g of longestFirst(generic)) core = core.split(g).join('');
  return core;
}

const unbalanced = (name: string) => name.startsWith('”') || name.split('”').length > name.split('“').length;

/** Plans, their interpretations and news of their release present a plan's own structure. */
export const presentsPlan = (seg: SegmentedDocument): boolean => seg.kind !== 'implementation_report' && seg.kind !== 'work_summary';

const inHeading = (seg: SegmentedDocument, at: number) => seg.lines.some((l) => l.heading && at >= l.heading.start && at < l.heading.end);

/** The innermost project whose scope holds an offset. */
export function projectAt(scopes: readonly ProjectScope[], at: number): NodeFact | undefined {
  let best: ProjectScope | undefined;
  for (const s of scopes) if (at >= s.start && at < s.end && (!best || s.start >= best.start)) best = s;
  return best?.project;
}
