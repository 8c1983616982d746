import type { Role } from '../../model';
import type { Lexicon } from '../lexicon';
import { longestFirst, type SegmentedDocument } from '../segment';
import type { AgencyMention } from './agencies';
import { roleNote } from './clauses';
import type { FactSink } from './facts';
import type { OwnPlans } from './own-plans';
import type { ReadUnit } from './tasks';

// Who is responsible for what (RESPONSIBLE_FOR, with a role): an agency that 牵头起草/印发 a plan
// in the same sentence; the 解读单位 of an interpretation; the author of a work summary; and
// agencies in a task's note ((市大数据局牵头,市财政局配合)).

export function readAgencyRoles(seg: SegmentedDocument, own: OwnPlans, agencies: AgencyMention[], units: ReadUnit[], sink: FactSink, lexicon: Lexicon): void {
  const { folded } = seg;
  const roles = lexicon.agencies.roles;
  const cues: [string, Role][] = longestFirst([...roles.drafts, ...roles.issues]).map((w) => [w, roles.drafts.includes(w) ? 'drafts' : 'issues']);
  for (const s of seg.sentences) {
    const inside = agencies.filter((a) => a.start >= s.start && a.end <= s.end);
    for (const a of inside) {
      for (const p of own.mentions.filter((m) => m.start > a.end && m.end <= s.end)) {
        const between = folded.slice(a.end, p.start);
        const cue = cues.find(([w]) => between.includes(w));
        if (cue && between.length <= 40) sink.rel('RESPONSIBLE_FOR', a.fact, p.fact, a.start, p.end, { role: cue[1] }, cue[1]);
      }
    }
  }
  for (const label of roles.interprets) {
    const at = folded.indexOf(label);
    const a = at >= 0 ? agencies.find((x) => x.start > at && x.start - at <= label.length + 3) : undefined;
    if (a) for (const p of own.plans) sink.rel('RESPONSIBLE_FOR', a.fact, p, at, a.end, { role: 'interprets' }, 'interprets');
  }
  if (seg.kind === 'work_summary' && seg.titleSpan) {
    const t = seg.titleSpan;
    const author = agencies.find((a) => a.start >= t.start && a.end <= t.end);
    if (author) for (const p of own.plans) sink.rel('RESPONSIBLE_FOR', author.fact, p, t.start, t.end, { role: 'reports' }, 'reports');
  }
  for (const unit of units) {
    const note = noteFor(folded, unit, lexicon);
    if (!note || unit.fact.label !== 'Task') continue;
    for (const a of agencies.filter((x) => x.start >= note.start && x.end <= note.end)) {
      const rest = folded.slice(a.end, note.end);
      const role: Role = roles.cooperates.some((w) => rest.startsWith(w) || nextCue(rest, lexicon) === w) ? 'cooperates' : 'leads';
      sink.rel('RESPONSIBLE_FOR', a.fact, unit.fact, note.start, note.end, { role }, role);
    }
  }
}

/** The first role word after an agency in a note (市大数据局、市财政局配合 → 配合). */
function nextCue(rest: string, lexicon: Lexicon): string | undefined {
  const r = lexicon.agencies.roles;
  let best: [number, string] | undefined;
  for (const w of [...r.leads, ...r.cooperates]) {
    const i = rest.indexOf(w);
    if (i >= 0 && (!best || i < best[0])) best = [i, w];
  }
  return best?.[1];
}

/** The role note closing a task's sentence, inside it or standing right after its 。. */
function noteFor(folded: string, unit: ReadUnit, lexicon: Lexicon) {
  const clauses = unit.sentence.clauses;
  const inside = clauses.length ? roleNote(folded, clauses[clauses.length - 1], lexicon) : undefined;
  if (inside) return inside;
  let at = unit.sentence.end;
  while (at < folded.length && /[\s。;]/.test(folded[at]) && folded[at] !== '\n') at++;
  if (folded[at] !== '(' && folded[at] !== '（') return undefined;
  const close = folded.slice(at).search(/[)）]/);
  return close > 0 ? roleNote(folded, { start: at, end: at + close + 1 }, lexicon) : undefined;
}
