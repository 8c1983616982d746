import type { Lexicon } from '../../lexicon';
import type { SegmentedDocument } from '../../segment';
import type { FactSink } from '../facts/facts';
import type { OwnPlans } from './own-plans';
import { docNode, isImplemented } from './plan-facts';

// Links between plans read in one document: the document DESCRIBES its own plans; the own plan
// IMPLEMENTS the plans named after 贯彻落实; an annual own plan is PART_OF a programme the
// opening says is being carried out (实施“某某2.0”工程, 印发《…年度方案》).

export function readPlanLinks(seg: SegmentedDocument, own: OwnPlans, sink: FactSink, lexicon: Lexicon): void {
  const doc = docNode(sink, seg);
  for (const plan of own.plans) sink.rel('DESCRIBES', doc, plan, plan.span.start, plan.span.end);
  const main = own.plans[0];
  if (!main) return;
  const ownStarts = new Set(own.plans.map((p) => p.span.start));
  for (const s of seg.sentences) {
    const inside = own.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (!inside.length) continue;
    const opening = s.mode === 'context' || inside.some((m) => ownStarts.has(m.start) || m.fact.name === main.name);
    if (!opening) continue;
    for (const m of inside) {
      if (m.fact.name === main.name) continue;
      if (!m.programme && isImplemented(seg.folded, s.start, m.start, lexicon)) {
        sink.rel('IMPLEMENTS', main, m.fact, s.start, m.end);
      } else if (m.programme && typeof main.properties.year === 'number' && main.properties.kind === 'action_plan') {
        sink.rel('PART_OF', main, m.fact, s.start, s.end);
      }
    }
  }
}
