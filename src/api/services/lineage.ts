import type { GraphRelationship, SourceSpan } from '../../model';

// A derived link (LED_TO 促成 / CONTINUED_BY 延续) as the API shows it, with evidence that quotes
// both ends: the edge's own sources, completed by each end's first sentence when missing.

export type Basis = 'INDICATOR' | 'PLATFORM' | 'PROJECT' | 'TEXT';

export interface LinkData {
  fromId: string;
  toId: string;
  basis: Basis;
  viaId: string | null;
  score: number;
  evidence: SourceSpan[];
  /** The same spans: every relationship type exposes `sources`. */
  sources: SourceSpan[];
  id: string;
}

const BASES: Record<string, Basis> = { indicator: 'INDICATOR', platform: 'PLATFORM', project: 'PROJECT', text: 'TEXT' };

const overlaps = (a: SourceSpan, b: SourceSpan) => a.document === b.document && a.start < b.end && b.start < a.end;

/** Adds `span` unless the evidence already quotes (part of) it. */
function withSpan(evidence: SourceSpan[], span: SourceSpan | undefined): SourceSpan[] {
  return !span || evidence.some((e) => overlaps(e, span)) ? evidence : [...evidence, span];
}

export interface EndSources {
  sources: SourceSpan[];
}

// A link is built from its relationship record and its two ends (node views, shared per stored
// record: loaders/views.ts), none of which the store edits once handed out, so it is built once
// per such triple and shared read-only by the requests that show it.
const built = new WeakMap<GraphRelationship, { from?: EndSources; to?: EndSources; link: LinkData }>();

export function toLink(rel: GraphRelationship, from?: EndSources, to?: EndSources): LinkData {
  const known = built.get(rel);
  if (known && known.from === from && known.to === to) return known.link;
  const link = buildLink(rel, from, to);
  built.set(rel, { from, to, link });
  return link;
}

function buildLink(rel: GraphRelationship, from?: EndSources, to?: EndSources): LinkData {
  const p = rel.properties;
  // the same span may be cited twice (as the task and as the indicator mention): quote it once
  let evidence = rel.sources.filter(
    (s, i) => rel.sources.findIndex((o) => o.document === s.document && o.start === s.start && o.end === s.end) === i,
  );
  evidence = withSpan(evidence, from?.sources[0]);
  evidence = withSpan(evidence, to?.sources[0]);
  return {
    fromId: rel.from,
    toId: rel.to,
    basis: BASES[String(p.basis)] ?? 'TEXT',
    viaId: typeof p.via === 'string' && p.via !== '' ? p.via : null,
    score: typeof p.score === 'number' ? p.score : 0,
    evidence,
    sources: evidence,
    id: rel.id,
  };
}

/** Strongest links first; ties in id order so answers are stable. */
export function compareLinks(a: LinkData, b: LinkData): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
