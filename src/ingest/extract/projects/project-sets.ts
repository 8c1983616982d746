import { chineseNumber } from '../../segment';
import type { FactSink, NodeFact } from '../facts/facts';
import type { ProjectScope } from './projects';

// A counted set of projects under a brand of its own (以“十大工程”为主路径, 重点推进“三大工程”建设) and the
// works named after it: 实施集成电路“强芯”工程 …, 实施“基础设施建设工程” …, or sibling headings （一）5G网络建设工程 ….
// The first N distinct projects named with a quoted brand or heading such a sibling after the set's first mention are
// its N parts (PART_OF). Fewer than N
// such names: the set's parts are not all written, and none is guessed.

const COUNTED_SET = /^[^“”]{0,12}“([\d一二两三四五六七八九十]+)大工程”$/;
const QUOTED = /“[^“”]+/;

export function readCountedSetParts(projects: readonly ProjectScope[], sink: FactSink): void {
  const byStart = [...projects].sort((a, b) => a.project.span.start - b.project.span.start);
  const sets = new Map<string, NodeFact>();
  for (const p of byStart) if (COUNTED_SET.test(p.project.name) && !sets.has(p.project.name)) sets.set(p.project.name, p.project);
  const firsts = [...sets.values()];
  for (const [k, set] of firsts.entries()) {
    const count = chineseNumber(COUNTED_SET.exec(set.name)?.[1] ?? '');
    // A later set's mention closes this one's list (“三大工程” … “五项体育工程”).
    const until = firsts[k + 1]?.span.start ?? Infinity;
    const parts: NodeFact[] = [];
    const seen = new Set<string>();
    for (const p of byStart) {
      const at = p.project.span.start;
      // A part is named with a quoted brand, or heads one of the sibling headings the set's works are listed under.
      if (at < set.span.end || at >= until || sets.has(p.project.name) || !(QUOTED.test(p.project.name) || p.listed)) continue;
      if (seen.has(p.project.name)) continue;
      seen.add(p.project.name);
      parts.push(p.project);
    }
    if (!count || parts.length < count) continue;
    for (const part of parts.slice(0, count)) sink.rel('PART_OF', part, set, part.span.start, part.span.end);
  }
}
