import type { SegmentedDocument } from '../../segment';
import type { FactSink } from '../facts/facts';
import type { PlatformMention } from '../platforms/platforms';
import type { ProjectScope } from '../projects/projects';
import type { ReadUnit } from './tasks';

// Structure beyond one sentence: a sub-工程 named inside a project's section is PART_OF that
// project; a value two sentences after a platform is named, in the same paragraph, is about it, and
// so is one in a paragraph whose short lead names the platform.

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
  // Each paragraph's first sentence, its lead.
  const leads = new Map<number, (typeof seg.sentences)[number]>();
  for (const x of seg.sentences) if (!leads.has(x.paragraph)) leads.set(x.paragraph, x);
  for (const unit of units) {
    if (!valued.has(unit.fact) || involved.has(unit.fact)) continue;
    const paragraph = seg.paragraphs[unit.sentence.paragraph];
    if (!paragraph) continue;
    const index = indexOf.get(unit.sentence) ?? 0;
    const from = Math.max(paragraph.start, seg.sentences[Math.max(0, index - 1)]?.start ?? paragraph.start);
    const named = platforms.filter((p) => p.start >= from && p.end <= unit.start).pop();
    // In the unit's own sentence, or closing the one before it, unless the unit's sentence opens with a quoted
    // name of its own (…“粤政易”移动办公平台覆盖…。“粤智助”政府服务自助机已在…部署): that is what it is about.
    const own = named !== undefined && named.start >= unit.sentence.start;
    const gap = own ? MAX_GAP : NEXT_SENTENCE_GAP;
    if (named && unit.start - named.end <= gap && (own || !OPENS_QUOTED.test(seg.folded.slice(unit.sentence.start, unit.end)))) {
      sink.rel('INVOLVES', unit.fact, named.fact, named.start, unit.end, { scope: 'paragraph' });
      continue;
    }
    const led = leadPlatform(leads.get(unit.sentence.paragraph), unit, platforms);
    if (led) sink.rel('INVOLVES', unit.fact, led.fact, led.start, unit.end, { scope: 'lead' });
  }
}

/**
 * The one platform a paragraph's short lead names (一是实施…平台建设攻坚。), for a figure further
 * on in it that names none nearer: the lead says what the whole paragraph reports on.
 */
function leadPlatform(lead: ReadUnit['sentence'] | undefined, unit: ReadUnit, platforms: PlatformMention[]): PlatformMention | undefined {
  if (!lead || lead === unit.sentence || lead.end - lead.start > LEAD_MAX || unit.start < lead.end) return undefined;
  const named = platforms.filter((p) => p.start >= lead.start && p.end <= lead.end);
  if (named.length !== 1) return undefined;
  // A figure after another platform is named in the paragraph may be about that one; the lead's own
  // platform named again, or its base (城市云脑成果路演 under 城市云脑2.0), is no other one.
  const own = named[0].fact.name;
  const other = platforms.some((p) => p.start >= lead.end && p.end <= unit.start && !own.startsWith(p.fact.name));
  return other ? undefined : named[0];
}

// A sentence that opens with a quoted name (“粤智助”…): its subject is its own.
const OPENS_QUOTED = /^\s*“[^“”]{2,16}”/;
// Farther than this from the platform's name, a figure is about something else the text has moved on to.
const MAX_GAP = 80;
const NEXT_SENTENCE_GAP = 30;
// A lead longer than this is a statement of its own, not what the paragraph is about.
const LEAD_MAX = 24;
