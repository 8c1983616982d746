import type { Lexicon } from '../../lexicon';
import { startsWithAny, type SegmentedDocument, type Sentence, type Span } from '../../segment';
import { hasRoleLabel } from '../agencies/note-roles';
import { quantityVocabulary, writesMultipleInWords, writesShareInWords } from '../quantity';

// Action units: the clauses of a sentence grouped into one task or result each. A clause that
// opens with an action verb (or carries a number) starts a unit; a lead-in (围绕…, 聚焦…等领域)
// joins the next one; any other clause joins the unit before it.

export interface ActionUnit extends Span {
  sentence: Sentence;
  clauses: Span[];
}

const ROLE_NOTE = /[(（][^()（）]{2,80}[)）]\s*$/;
const NUMBER = /[\d０-９]/;

const WORD_COUNT = /^[两三四五六七八九十]+/;

/** A clause opening with a count in words of works or times (三条主干道路建成通车, 两次降低…) carries a number too. */
function opensWithCount(body: string, lexicon: Lexicon): boolean {
  const b = lexicon.indicators.reading.builtCounts;
  const count = WORD_COUNT.exec(body);
  return b !== undefined && count !== null && [...b.units, '次'].some((u) => body.startsWith(u, count[0].length));
}

/** A clause opening with a rate in words (每月至少两课时: a period word, a bound, a count) carries a number too. */
function opensWithRate(body: string, lexicon: Lexicon): boolean {
  const per = startsWithAny(body, lexicon.indicators.reading.perPeriod ?? []);
  if (per === '') return false;
  const rest = body.slice(per.length);
  return /^[一二两三四五六七八九十]/.test(rest.slice(startsWithAny(rest, quantityVocabulary().bounds).length));
}

/** Strips adverbs (持续, 加快 …) from the start of a clause, repeatedly. */
export function stripAdverbs(text: string, lexicon: Lexicon): string {
  let t = text;
  for (let w = startsWithAny(t, lexicon.verbs.adverbs); w && t.length > w.length; w = startsWithAny(t, lexicon.verbs.adverbs))
    t = t.slice(w.length);
  return t;
}

/** A parenthetical note of responsible agencies at the end of a clause ((市大数据局牵头)). */
export function roleNote(folded: string, clause: Span, lexicon: Lexicon): Span | undefined {
  const m = ROLE_NOTE.exec(folded.slice(clause.start, clause.end));
  if (!m) return undefined;
  const roles = lexicon.agencies.roles;
  const words = [...roles.leads, ...roles.cooperates];
  // （责任单位：市经济和信息化委、市统计局）: a note may name its bodies under labels and hold no role word.
  return words.some((w) => m[0].includes(w)) || hasRoleLabel(m[0]) ? { start: clause.start + m.index, end: clause.end } : undefined;
}

// Built once per lexicon, not per sentence: the verbs that open a unit (a report's results too)
// and the task verbs that are not lead-ins.
interface VerbLists {
  verbs: string[];
  nonLeadTasks: string[];
}
const verbListsOf = new WeakMap<Lexicon, { plan: VerbLists; report: VerbLists }>();
function verbLists(lexicon: Lexicon, report: boolean): VerbLists {
  let kept = verbListsOf.get(lexicon);
  if (!kept) {
    const { task, result, leadIns } = lexicon.verbs;
    const nonLeadTasks = task.filter((v) => !leadIns.includes(v));
    kept = { plan: { verbs: [...task], nonLeadTasks }, report: { verbs: [...task, ...result], nonLeadTasks } };
    verbListsOf.set(lexicon, kept);
  }
  return report ? kept.report : kept.plan;
}

export function actionUnits(seg: SegmentedDocument, s: Sentence, lexicon: Lexicon, isProjectClause: (c: Span) => boolean): ActionUnit[] {
  const { folded } = seg;
  const { verbs, nonLeadTasks } = verbLists(lexicon, s.mode === 'report');
  const units: ActionUnit[] = [];
  let pending: Span[] = [];
  let open: ActionUnit | undefined;
  for (const raw of s.clauses) {
    const note = roleNote(folded, raw, lexicon);
    const c = note ? { start: raw.start, end: note.start } : raw;
    if (c.end <= c.start) continue;
    const text = folded.slice(c.start, c.end);
    if (isProjectClause(c)) {
      open = undefined;
      continue;
    }
    const body = stripAdverbs(text, lexicon);
    const lead = startsWithAny(text, lexicon.verbs.leadIns);
    const isLeadIn = lead !== '' && !NUMBER.test(text) && !startsWithAny(body, nonLeadTasks);
    const acts =
      !isLeadIn &&
      (startsWithAny(body, verbs) !== '' ||
        startsWithAny(text, verbs) !== '' ||
        NUMBER.test(text) ||
        // A share in words (工业生产许可证种类压减三分之一以上, 压缩一半以上) or a multiple (技术交易额翻了一番) is a number too.
        writesShareInWords(text, quantityVocabulary()) ||
        writesMultipleInWords(text, quantityVocabulary()) ||
        opensWithCount(body, lexicon) ||
        opensWithRate(body, lexicon) ||
        (s.mode === 'report' && lexicon.verbs.result.some((v) => text.includes(v))));
    if (isLeadIn) {
      pending.push(c);
      continue;
    }
    if (acts) {
      const parts = [...pending, c];
      open = { start: parts[0].start, end: c.end, sentence: s, clauses: parts };
      units.push(open);
      pending = [];
    } else if (open) {
      open.end = c.end;
      open.clauses.push(c);
    } else {
      pending.push(c);
    }
  }
  // A trailing lead-in (…,为城市管理提供支撑) completes the unit before it.
  if (pending.length && open) {
    open.end = pending[pending.length - 1].end;
    open.clauses.push(...pending);
  }
  return units;
}
