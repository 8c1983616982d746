import type { Lexicon } from '../../lexicon';
import type { SegmentedDocument, Sentence, Span } from '../../segment';
import { actionUnits, type ActionUnit } from './clauses';
import type { FactSink, NodeFact } from '../facts/facts';
import type { Outlooks } from '../plans/outlook';
import type { OwnPlans } from '../plans/own-plans';
import type { PlatformMention } from '../platforms/platforms';
import { presentsPlan, projectAt, type ProjectScope } from '../projects/projects';
import { quotedRanges } from '../text/phrase';
import { byGenre, genreLean, judgeKind, type KindJudgement } from './value-kind';

// Tasks (任务, plan sections) and Results (成效, report sections): one per action unit, with
// year/period/domain from its section, its plan and project, HAS_TASK and INVOLVES edges.

const MAX_NAME = 60;
const LONG_QUOTE = 40;
const MAX_SPEECH = 600;

/** A unit read as a Task (a commitment) or a Result, and why (judged at its first number). */
export interface ReadUnit extends ActionUnit {
  fact: NodeFact;
  judgement: KindJudgement;
}

const DIGIT = /[0-9]/;
const LISTED_COUNT = /等?[0-9]+[项个类批]工程$/;

export function readTasks(
  seg: SegmentedDocument,
  own: OwnPlans,
  projects: ProjectScope[],
  platforms: PlatformMention[],
  sink: FactSink,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
  outlooks?: Outlooks,
): ReadUnit[] {
  const { folded, document } = seg;
  const out: ReadUnit[] = [];
  const projectStarts = projects.map((p) => p.project.span);
  // Quoted speech in news (“…”程鹏说) is testimony, not a commitment or an outcome.
  const speech = quotedRanges(folded, 0, folded.length, MAX_SPEECH).filter(([s, e]) => e - s > LONG_QUOTE && folded[s] === '“');
  // A clause that only names a project is its heading, not a unit. …主体建设和8万平方米广场等工程, 启动2.5万亩蔬菜基地建设工程: a figure inside the name is still a value of its clause (the count of the
  // projects listed, 等5项工程, is none).
  const isProjectClause = (c: Span) =>
    projectStarts.some(
      (p) =>
        p.start >= c.start &&
        p.end <= c.end &&
        c.end - p.end <= 1 &&
        // 重点实施了A、B…等5项工程: a lead of a few words, or of a verb closed by 了 before a list of names
        // (第五中学改扩建等5项工程 names one of five: its count says more than the list).
        (p.start - c.start <= 4 ||
          (/^[\u4e00-\u9fa5]{2,5}了$/.test(folded.slice(c.start, p.start)) && folded.slice(p.start, p.end).includes('、'))) &&
        !DIGIT.test(folded.slice(p.start, p.end).replace(LISTED_COUNT, '')),
    );
  const judged: { s: Sentence; unit: ActionUnit; evidence: KindJudgement | undefined }[] = [];
  for (const s of seg.sentences) {
    if (
      (s.mode !== 'plan' && s.mode !== 'report' && !framingGoal(seg, s, lexicon) && !framingResult(seg, s) && !shortfall(seg, s)) ||
      !relevant(s.start)
    )
      continue;
    if (speech.some(([a, b]) => s.start >= a && s.start < b)) continue;
    for (const unit of actionUnits(seg, s, lexicon, isProjectClause))
      judged.push({ s, unit, evidence: judgeKind(seg, s, judgedUpTo(folded, unit), lexicon) });
  }
  // A document whose kind its title does not tell leans by its own evidence.
  const lean = seg.kind === 'other' ? genreLean(judged.map((j) => j.evidence)) : undefined;
  for (const { s, unit, evidence } of judged) {
    {
      const judgement = evidence ?? (framingResult(seg, s) ? SUMMED_UP : byGenre(s, lean));
      const label = judgement.kind === 'TARGET' ? 'Task' : 'Result';
      const name = document.text.slice(unit.start, unit.end).trim().slice(0, MAX_NAME);
      const outlook = label === 'Task' ? outlooks?.planFor(unit.start) : undefined;
      const { plan, seriesName } = outlook ? { plan: outlook, seriesName: undefined } : own.forYear(s.year);
      const project = projectAt(projects, unit.start);
      const refs: Record<string, NodeFact> = {};
      if (plan) refs.plan = plan;
      if (project) refs.project = project;
      const fact = sink.node(
        label,
        name,
        unit.start,
        unit.end,
        {
          year: s.year,
          period: s.period,
          domain: s.domain ?? project?.properties.domain ?? undefined,
          document: document.id,
          mode: label === 'Task' ? 'plan' : 'report',
        },
        { anchored: true, refs, seriesPlan: plan ? undefined : seriesName },
      );
      const owner = project ?? (presentsPlan(seg) || outlook ? plan : undefined);
      if (label === 'Task' && owner) sink.rel('HAS_TASK', owner, fact, unit.start, unit.end);
      for (const p of platformsWithin(platforms, unit.start, unit.end)) sink.rel('INVOLVES', fact, p.fact, unit.start, unit.end);
      // Written out, not spread: one unit per clause group of every document.
      out.push({ start: unit.start, end: unit.end, sentence: unit.sentence, clauses: unit.clauses, fact, judgement });
    }
  }
  return out;
}

/**
 * A sentence framing the document that commits a figure (总的要求是，…力争经过5年努力，全省数字经济增加值增长55%以上、
 * 达到5.5万亿元): its goals are the document's, read as any plan's are.
 */
function framingGoal(seg: SegmentedDocument, s: Sentence, lexicon: Lexicon): boolean {
  if (s.mode !== 'context') return false;
  const text = seg.folded.slice(s.start, s.end);
  if (!DIGIT.test(text)) return false;
  const para = seg.paragraphs[s.paragraph];
  const opening = para ? seg.folded.slice(para.start, para.start + HORIZON_WITHIN) : text;
  return lexicon.valueKinds.clause.target.some((w) => text.includes(w)) || horizonAhead(opening, seg.time.year);
}

/**
 * 到2025年，全市数字经济核心产业增加值年均增长10%以上，…；培育…企业300家以上: a horizon not yet reached opening the
 * paragraph of a framing sentence sets its goals.
 */
const HORIZON_WITHIN = 16;
const HORIZON = /^[^，,。；;]{0,4}(?:到|至)\s*(20\d{2})\s*年/;
const horizonAhead = (text: string, year: number | undefined): boolean => {
  const m = HORIZON.exec(text);
  return !!m && year !== undefined && Number(m[1]) >= year;
};

/**
 * 二、存在的问题 ⏎ …养老床位仅建成1800张，距“十三五”目标3000张: a shortfall measured against what was due (仅, 距…目标) is
 * read for its figures. A problem sized only for some (部分区市…新增5G基站不足500个) states no value of the whole.
 */
const MEASURED_SHORT = /仅|只有|目标|差距/;
function shortfall(seg: SegmentedDocument, s: Sentence): boolean {
  const text = seg.folded.slice(s.start, s.end);
  return s.mode === 'problems' && DIGIT.test(text) && MEASURED_SHORT.test(text);
}

/** What a report is, whatever its headings: its opening sums up what it reports. */
const REPORTS: ReadonlySet<string> = new Set(['work_summary', 'implementation_report']);
const SUMMED_UP: KindJudgement = { kind: 'ACTUAL', reason: 'genre-actual' };

/**
 * A summary's opening paragraph before its items (2023年，全市…。全年地区生产总值增长6.5%，…。主要做了以下工作：⏎一是…):
 * the results the items go on to detail, summed up, read as any report's are.
 */
function framingResult(seg: SegmentedDocument, s: Sentence): boolean {
  return s.mode === 'context' && REPORTS.has(seg.kind) && DIGIT.test(seg.folded.slice(s.start, s.end));
}

/** A unit is judged where its first figure's clause ends (its cue words lie before), else at its end. */
function judgedUpTo(folded: string, unit: ActionUnit): number {
  const clause = unit.clauses.find((c) => DIGIT.test(folded.slice(c.start, c.end)));
  return clause ? clause.end : unit.end;
}

/** Mentions (sorted by start, as readPlatforms returns them) lying inside [start, end). */
function* platformsWithin(platforms: PlatformMention[], start: number, end: number): Generator<PlatformMention> {
  let lo = 0;
  let hi = platforms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (platforms[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < platforms.length && platforms[i].start < end; i++) if (platforms[i].end <= end) yield platforms[i];
}
