import type { DocumentRecord } from '../../model';
import { DocumentRejected } from '../decode';
import type { Lexicon } from '../lexicon';
import { segment } from '../segment';
import type { SegmentedDocument } from '../segment';
import { DEFAULT_EXTRACT_LIMITS, ExtractBudget, type ExtractLimits } from './facts/budget';
import { readAgencies } from './agencies/agencies';
import { readAgencyRoles } from './roles/agency-roles';
import { FactSink, type DocumentFacts, type NodeFact } from './facts/facts';
import { readIndicators } from './values/indicators';
import { readNamedPlans } from './plans/named-plans';
import { readOutlooks } from './plans/outlook';
import { findOwnPlans, restatedOwnNames } from './plans/own-plans';
import { docNode, readPlanFacts } from './plans/plan-facts';
import { readPlanLinks } from './plans/plan-links';
import { readPlanMentions } from './plans/plans';
import { readPlatforms } from './platforms/platforms';
import { presentsPlan, readProjects } from './projects/projects';
import { readCountedSetParts } from './projects/project-sets';
import { readParagraphScope, readProjectHierarchy } from './tasks/scope';
import { readTableValues } from './values/table-values';
import { readTasks } from './tasks/tasks';

/**
 * Everything one segmented document says, as facts with spans: plans and their links,
 * projects, tasks/results with their values, platforms and agencies. Text in blocks that are
 * not about the programme (another article on the same page) yields nothing.
 */
export function extractDocument(
  seg: SegmentedDocument,
  lexicon: Lexicon,
  budget = new ExtractBudget(seg.document.text.length),
): DocumentFacts {
  const sink = new FactSink(seg, lexicon, budget);
  // Every stage asks `relevant` of each candidate it weighs: that is where the budget counts steps.
  let stage = 'plans';
  const blocks = seg.blocks;
  const relevant = (at: number) => {
    budget.step(stage);
    // A loop, not `some` with a closure: asked of every candidate of every stage.
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.relevant && at >= b.start && at < b.end) return true;
    }
    return false;
  };
  const next = (name: string) => {
    stage = name;
    budget.step(name);
  };
  docNode(sink, seg);
  const mentions = readPlanMentions(seg, sink, lexicon, relevant);
  next('own plans');
  const own = findOwnPlans(seg, mentions, sink, lexicon);
  next('named plans');
  readNamedPlans(
    seg,
    sink,
    lexicon,
    relevant,
    [...mentions, ...mentions.flatMap((m) => m.nickname ?? []), ...own.plans.map((p) => p.span), ...restatedOwnNames(seg, own.plans)],
    own.level,
    mentions,
  );
  next('plan facts');
  readPlanFacts(seg, own, sink, lexicon);
  next('plan links');
  readPlanLinks(seg, own, sink, lexicon);
  next('platforms');
  const platforms = readPlatforms(seg, sink, lexicon, relevant);
  next('agencies');
  const agencies = readAgencies(seg, sink, lexicon, relevant, documentCity(seg, own.plans));
  next('projects');
  const outlooks = readOutlooks(seg, own, presentsPlan(seg));
  const projects = readProjects(seg, own, sink, lexicon, relevant, outlooks);
  for (const scope of projects) {
    for (const p of platforms) {
      const span = scope.project.span;
      if (p.start >= span.start && p.end <= span.end) sink.rel('INVOLVES', scope.project, p.fact, span.start, span.end);
    }
  }
  next('tasks');
  const units = readTasks(seg, own, projects, platforms, sink, lexicon, relevant, outlooks);
  next('indicators');
  const tables = readTableValues(seg, own, sink, lexicon, relevant);
  readIndicators(seg, units, sink, lexicon, tables);
  next('scope');
  readProjectHierarchy(projects, sink);
  readCountedSetParts(projects, sink);
  readParagraphScope(seg, units, platforms, sink);
  next('agency roles');
  readAgencyRoles(seg, own, agencies, units, sink, lexicon);
  const document = { ...seg.document, kind: seg.kind, title: seg.title, date: seg.date, period: seg.period };
  return { document, nodes: sink.nodes, relationships: sink.relationships };
}

/**
 * Segment and extract one document within its budget. A document over it yields no facts and
 * the one-line reason (`refused`), so the caller reports it like a file refused when read.
 */
export function extractWithin(record: DocumentRecord, lexicon: Lexicon, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): DocumentFacts {
  const budget = new ExtractBudget(record.text.length, limits);
  try {
    const seg = segment(record, lexicon);
    budget.step('segment');
    return extractDocument(seg, lexicon, budget);
  } catch (err) {
    if (err instanceof DocumentRejected) return { document: record, nodes: [], relationships: [], refused: err.reason };
    throw err;
  }
}

/** The city a document speaks for: its own plan's, else the one segment read from its text. */
function documentCity(seg: SegmentedDocument, plans: NodeFact[]): string | undefined {
  return plans.map((p) => p.properties.city).find((c): c is string => typeof c === 'string') ?? seg.city;
}
