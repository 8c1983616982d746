import type { Section, SegmentedDocument } from '../../segment';
import type { NodeFact } from '../facts/facts';
import type { OwnPlans } from './own-plans';

// A report's outlook (下一步工作打算, 下半年重点工作打算) is a section, not a plan. Its projects and
// tasks belong to the annual plan of that period when the section names it (印发《…2025年行动方案》);
// otherwise they fall to the document's own plan for that period (own-plans: the same year's plan,
// or the series' next annual plan by name, resolved across documents without drawing an edge).

export interface Outlooks {
  /** The plan an outlook section's project or task at this offset belongs to. */
  planFor(at: number): NodeFact | undefined;
}

const NONE: Outlooks = { planFor: () => undefined };

/** Outermost plan sections of a report (a plan section whose parent is not one). */
function outlookSections(seg: SegmentedDocument): Section[] {
  return seg.sections.filter((s) => s.mode === 'plan' && (s.parent < 0 || seg.sections[s.parent].mode !== 'plan'));
}

export function readOutlooks(seg: SegmentedDocument, own: OwnPlans, presentsPlan: boolean): Outlooks {
  if (presentsPlan) return NONE;
  const found: { section: Section; plan: NodeFact }[] = [];
  for (const section of outlookSections(seg)) {
    if (/工程$/.test(section.headingText)) continue; // 实施…工程 inside a report: a project heading
    const named = own.mentions.find(
      (m) =>
        m.start >= section.start &&
        m.end <= section.end &&
        m.fact.properties.kind === 'action_plan' &&
        m.fact.properties.year === section.year,
    );
    if (named) found.push({ section, plan: named.fact });
  }
  if (!found.length) return NONE;
  return { planFor: (at) => found.find((f) => at >= f.section.start && at < f.section.end)?.plan };
}
