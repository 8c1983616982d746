import type { Lexicon } from '../../lexicon';
import { chineseNumber, type SegmentedDocument } from '../../segment';
import type { FactSink } from '../facts/facts';
import type { OwnPlans } from './own-plans';

// What the text says about the document's own plan: 发文字号, issue date, the number of tasks
// and projects it declares (11项重点任务, 十大文化工程, 8个方面), and which document describes it.

const NUM = '([\\d一二两三四五六七八九十]+)';
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,10}[〔【[(（]\s*20\d{2}\s*[〕】\])）]\s*\d+\s*号)/;

export function readPlanFacts(seg: SegmentedDocument, own: OwnPlans, sink: FactSink, lexicon: Lexicon): void {
  const plan = own.plans[0];
  if (!plan) return;
  const { folded, document } = seg;
  for (const label of lexicon.plans.docNumberLabels) {
    const at = folded.indexOf(label);
    if (at < 0) continue;
    const m = DOC_NUMBER.exec(folded.slice(at + label.length, at + label.length + 40));
    if (!m) continue;
    const start = at + label.length + m.index;
    plan.properties.docNumber = document.text.slice(start, start + m[1].length);
    sink.rel('DESCRIBES', docNode(sink, seg), plan, at, start + m[1].length);
    break;
  }
  if (seg.kind === 'action_plan' && seg.date) plan.properties.issueDate = seg.date;

  const tasks = new RegExp(`${NUM}项(?:${lexicon.plans.taskCountNouns.join('|')})`);
  const projects = new RegExp(`${NUM}(?:大|个)[\\u4e00-\\u9fa5]{0,4}?(?:${lexicon.plans.projectCountNouns.join('|')})`);
  const ownNames = new Set(own.plans.map((p) => p.span.start));
  // Declared counts sit in the title, the opening, or a sentence that names the own plan.
  const places = [
    ...(seg.titleSpan ? [seg.titleSpan] : []),
    ...seg.sentences.filter((s) => {
      const names = own.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      return s.mode === 'context'
        ? names.every((m) => ownNames.has(m.start) || !m.fact.properties.year || isImplemented(folded, s.start, m.start, lexicon))
        : names.some((m) => own.plans.some((p) => p.name === m.fact.name));
    }),
  ];
  // The phrase that declares a count is kept as a source of the document's DESCRIBES, so the
  // count can be quoted (Plan.facts) even from a sentence that does not name the plan.
  const declare = (m: RegExpExecArray, place: { start: number }) =>
    sink.rel('DESCRIBES', docNode(sink, seg), plan, place.start + m.index, place.start + m.index + m[0].length);
  for (const place of places) {
    const text = folded.slice(place.start, place.end);
    const t = tasks.exec(text);
    if (t && plan.properties.taskCount === undefined) {
      plan.properties.taskCount = chineseNumber(t[1]) ?? null;
      declare(t, place);
    }
    const p = projects.exec(text);
    if (p && plan.properties.projectCount === undefined) {
      plan.properties.projectCount = chineseNumber(p[1]) ?? null;
      declare(p, place);
    }
  }
}

/** True when a plan title stands in a 贯彻落实… phrase (a higher plan, not the document's own). */
export function isImplemented(folded: string, sentenceStart: number, at: number, lexicon: Lexicon): boolean {
  const before = folded.slice(sentenceStart, at);
  const cue = Math.max(...lexicon.plans.implementCues.map((c) => before.lastIndexOf(c)));
  if (cue < 0) return false;
  // Between the cue and this title there are only other titles and joining words.
  const between = before.slice(cue).replace(/《[^》]*》/g, '');
  return /^[\u4e00-\u9fa5]{0,4}$/.test(between.replace(/[和、及与]/g, ''));
}

/** The Document node of this sink's document (one fact per document; resolve merges them). */
export function docNode(sink: FactSink, seg: SegmentedDocument) {
  const existing = sink.nodes.find((n) => n.label === 'Document');
  if (existing) return existing;
  const end = seg.titleSpan?.end ?? Math.min(seg.document.text.length, seg.bodyStart + 1);
  const start = seg.titleSpan?.start ?? seg.bodyStart;
  return sink.node('Document', seg.document.id, start, Math.max(end, start + 1), {});
}
