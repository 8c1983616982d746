import type { SegmentedDocument } from '../segment';
import type { FactSink } from './facts';
import type { PlatformMention } from './platforms';
import type { ProjectScope } from './projects';
import type { ReadUnit } from './tasks';

// Structure beyond one sentence: a sub-工程 named inside a project's section is PART_OF that
// project; a value two sentences after a platform is named, in the same paragraph, is about it.

/** PART_OF from a project named inside another project's section to that project. */
export function readProjectHierarchy(projects: ProjectScope[], sink: FactSink): void {
  const sections = projects.filter((p) => p.section && !p.part);
  for (const inner of projects) {
    const at = inner.project.span;
    const parent = sections
      .filter((s) => s.project !== inner.project && at.start >= s.start && at.end <= s.end && s.project.name !== inner.project.name)
      .sort((a, b) => b.start - a.start)[0];
    if (parent && !inner.section) sink.rel('PART_OF', inner.project, parent.project, at.start, at.end);
  }
}

/**
 * A Result or Task with a value but no platform of its own, with a platform named shortly before
 * it in its own sentence or at the end of the one before (城市云脑通用服务平台新增…能力,上半年…节省
 * 财政资金479万元), INVOLVES the nearest such platform; the relationship's span runs from the
 * platform's name to the value, the text that justifies the scope.
 */
export function readParagraphScope(seg: SegmentedDocument, units: ReadUnit[], platforms: PlatformMention[], sink: FactSink): void {
  const valued = new Set(sink.relationships.filter((r) => r.type === 'MEASURED' || r.type === 'SETS_TARGET').map((r) => r.from));
  const involved = new Set(sink.relationships.filter((r) => r.type === 'INVOLVES').map((r) => r.from));
  const indexOf = new Map(seg.sentences.map((x, i) => [x, i]));
  for (const unit of units) {
    if (!valued.has(unit.fact) || involved.has(unit.fact)) continue;
    const paragraph = seg.paragraphs[unit.sentence.paragraph];
    if (!paragraph) continue;
    const index = indexOf.get(unit.sentence) ?? 0;
    const from = Math.max(paragraph.start, seg.sentences[Math.max(0, index - 1)]?.start ?? paragraph.start);
    const named = platforms.filter((p) => p.start >= from && p.end <= unit.start).pop();
    // In the unit's own sentence, or closing the one before it.
    const gap = named && named.start >= unit.sentence.start ? MAX_GAP : NEXT_SENTENCE_GAP;
    if (!named || unit.start - named.end > gap) continue;
    sink.rel('INVOLVES', unit.fact, named.fact, named.start, unit.end, { scope: 'paragraph' });
  }
}

// Farther than this from the platform's name, a figure is about something else the text has moved on to.
const MAX_GAP = 80;
const NEXT_SENTENCE_GAP = 30;
