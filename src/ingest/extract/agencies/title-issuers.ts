import type { FactSink } from '../facts/facts';
import type { AgencyMention } from './agencies';

// The bodies heading a cited title issue the document it names: 根据《中共中央关于制定…的建议》,
// 《中共中央 国务院关于加强基层治理体系…的意见》, 《国务院办公厅关于印发〈…规划〉的通知》. Each body of the
// heading (joined by a space or 、) issues the title's plan.

const OPEN = /[《〈]/;
const JOIN = /^[\s\u3000、]*$/;

export function readTitleIssuers(folded: string, agencies: AgencyMention[], sink: FactSink): void {
  const plans = sink.nodes.filter((n) => n.label === 'Plan' && !n.anchored);
  if (!plans.length) return;
  const sorted = [...agencies].sort((x, y) => x.start - y.start);
  for (let k = 0; k < sorted.length; k++) {
    // The heading's run of bodies: the first right after 《 (or 〈), the rest joined to it.
    let open = sorted[k].start - 1;
    while (open > 0 && /\s/.test(folded[open])) open--; // 《⏎中共中央关于…: a title a print layout wraps
    if (!OPEN.test(folded[open] ?? '')) continue;
    let last = k;
    while (last + 1 < sorted.length && JOIN.test(folded.slice(sorted[last].end, sorted[last + 1].start))) last++;
    const after = sorted[last].end;
    if (!folded.startsWith('关于', after)) continue;
    const title = plans.find((p) => p.span.start <= after && p.span.end > after && p.span.start >= open - 1);
    if (!title) continue;
    for (let j = k; j <= last; j++) {
      const a = sorted[j];
      sink.rel('RESPONSIBLE_FOR', a.fact, title, a.start, after + 2, { role: 'issues' }, 'issues');
    }
    k = last;
  }
}
