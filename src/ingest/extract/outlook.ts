import type { Section, SegmentedDocument } from '../segment';
import type { FactSink, NodeFact } from './facts';
import type { OwnPlans } from './own-plans';
import { docNode } from './plan-facts';

// A report's outlook (下一步工作打算, 下半年重点工作打算) is a plan of its own for the next
// period. Its projects and tasks belong to the annual plan of that period when the section names
// it (印发《…2025年行动方案》); otherwise to a plan standing for the outlook itself, named by its
// heading, so they never join a plan whose own text does not list them.

export interface Outlooks {
  /** The plan an outlook section's project or task at this offset belongs to. */
  planFor(at: number): NodeFact | undefined;
}

const NONE: Outlooks = { planFor: () => undefined };

/** Outermost plan sections of a report (a plan section whose parent is not one). */
function outlookSections(seg: SegmentedDocument): Section[] {
  return seg.sections.filter((s) => s.mode === 'plan' && (s.parent < 0 || seg.sections[s.parent].mode !== 'plan'));
}

export function readOutlooks(seg: SegmentedDocument, own: OwnPlans, sink: FactSink, presentsPlan: boolean): Outlooks {
  if (presentsPlan) return NONE;
  const found: { section: Section; plan: NodeFact }[] = [];
  for (const section of outlookSections(seg)) {
    if (/工程$/.test(section.headingText)) continue; // 实施…工程 inside a report: a project heading
    const named = own.mentions.find((m) => m.start >= section.start && m.end <= section.end &&
      m.fact.properties.kind === 'action_plan' && m.fact.properties.year === section.year);
    found.push({ section, plan: named?.fact ?? outlookPlan(seg, section, own, sink) });
  }
  if (!found.length) return NONE;
  return { planFor: (at) => found.find((f) => at >= f.section.start && at < f.section.end)?.plan };
}

function outlookPlan(seg: SegmentedDocument, section: Section, own: OwnPlans, sink: FactSink): NodeFact {
  const { start, end } = section.heading;
  const ownPlan = own.plans[0]?.properties;
  const plan = sink.node('Plan', seg.document.text.slice(start, end), start, end, {
    kind: 'other', year: section.year, period: section.period,
    level: ownPlan?.level, city: ownPlan?.city,
  }, { anchored: true });
  sink.rel('DESCRIBES', docNode(sink, seg), plan, start, end);
  return plan;
}
