import type { Lexicon } from '../lexicon';
import type { SegmentedDocument } from '../segment';
import { readAgencies } from './agencies';
import { readAgencyRoles } from './agency-roles';
import { FactSink, type DocumentFacts, type NodeFact } from './facts';
import { readIndicators } from './indicators';
import { readNamedPlans } from './named-plans';
import { readOutlooks } from './outlook';
import { findOwnPlans } from './own-plans';
import { docNode, readPlanFacts } from './plan-facts';
import { readPlanLinks } from './plan-links';
import { readPlanMentions } from './plans';
import { readPlatforms } from './platforms';
import { presentsPlan, readProjects } from './projects';
import { readParagraphScope, readProjectHierarchy } from './scope';
import { readTasks } from './tasks';

/**
 * Everything one segmented document says, as facts with spans: plans and their links,
 * projects, tasks/results with their values, platforms and agencies. Text in blocks that are
 * not about the programme (another article on the same page) yields nothing.
 */
export function extractDocument(seg: SegmentedDocument, lexicon: Lexicon): DocumentFacts {
  const sink = new FactSink(seg, lexicon);
  const relevant = (at: number) => seg.blocks.some((b) => b.relevant && at >= b.start && at < b.end);
  docNode(sink, seg);
  const mentions = readPlanMentions(seg, sink, lexicon, relevant);
  const own = findOwnPlans(seg, mentions, sink, lexicon);
  readNamedPlans(seg, sink, lexicon, relevant, [...mentions, ...own.plans.map((p) => p.span)]);
  readPlanFacts(seg, own, sink, lexicon);
  readPlanLinks(seg, own, sink, lexicon);
  const platforms = readPlatforms(seg, sink, lexicon, relevant);
  const agencies = readAgencies(seg, sink, lexicon, relevant, documentCity(seg, own.plans));
  const outlooks = readOutlooks(seg, own, presentsPlan(seg));
  const projects = readProjects(seg, own, sink, lexicon, relevant, outlooks);
  for (const scope of projects) {
    for (const p of platforms) {
      const span = scope.project.span;
      if (p.start >= span.start && p.end <= span.end) sink.rel('INVOLVES', scope.project, p.fact, span.start, span.end);
    }
  }
  const units = readTasks(seg, own, projects, platforms, sink, lexicon, relevant, outlooks);
  readIndicators(seg, units, sink, lexicon);
  readProjectHierarchy(projects, sink);
  readParagraphScope(seg, units, platforms, sink);
  readAgencyRoles(seg, own, agencies, units, sink, lexicon);
  const document = { ...seg.document, kind: seg.kind, title: seg.title, date: seg.date, period: seg.period };
  return { document, nodes: sink.nodes, relationships: sink.relationships };
}

/** The city a document speaks for: its own plan's, else the one segment read from its text. */
function documentCity(seg: SegmentedDocument, plans: NodeFact[]): string | undefined {
  return plans.map((p) => p.properties.city).find((c): c is string => typeof c === 'string') ?? seg.city;
}
