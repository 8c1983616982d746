import { dice } from './bigrams';
import { CandidateBlocks } from './blocks';
import type { LinkFact } from './view';
import { BASIS_ORDER, combine, WEIGHTS, type Evidence } from './weights';

// Scores the pairs (earlier fact → later fact) worth a link. Candidates come only from shared
// indicators, platforms, projects and rare bigrams of the same city, nearest in time first, so
// the work grows with the corpus, not with its square.

export interface PairOptions {
  perBasis: number;
  maxPerFact: number;
  textThreshold: number;
  minScore: number;
  maxDf: number;
}

export interface ScoredPair {
  from: LinkFact;
  to: LinkFact;
  evidence: Evidence[];
  score: number;
}

/** When a later fact may start, given the earlier one; and whether the pair is allowed at all. */
export interface TimeRule {
  minStart(earlier: LinkFact): number;
  allows(earlier: LinkFact, later: LinkFact): boolean;
}

const shared = (a: string[], b: string[]): string | undefined => a.find((x) => b.includes(x));
const sharedNear = (a: LinkFact, b: LinkFact): string | undefined =>
  shared(a.platforms, b.nearPlatforms) ?? a.nearPlatforms.find((x) => b.platforms.includes(x) || b.nearPlatforms.includes(x));

function evidenceFor(a: LinkFact, b: LinkFact, o: PairOptions): { evidence: Evidence[]; hint: number } | undefined {
  const indicator = shared(a.indicators, b.indicators);
  const platform = shared(a.platforms, b.platforms);
  const near = platform ? undefined : sharedNear(a, b);
  const project = shared(a.projects, b.projects);
  const sim = dice(a.bigrams, b.bigrams);
  const text = sim >= o.textThreshold;
  // Most candidates share nothing that counts: say so before building anything.
  if (!indicator && !platform && !near && !project && !text) return undefined;
  const evidence: Evidence[] = [];
  if (indicator) evidence.push({ basis: 'indicator', score: WEIGHTS.indicator, via: indicator });
  if (platform) evidence.push({ basis: 'platform', score: WEIGHTS.platform, via: platform });
  else if (near) evidence.push({ basis: 'platform', score: WEIGHTS.nearPlatform, via: near });
  if (project) evidence.push({ basis: 'project', score: WEIGHTS.project, via: project });
  if (text) {
    evidence.push({ basis: 'text', score: Math.round(sim * WEIGHTS.text * 1000) / 1000 });
    return { evidence, hint: 0 };
  }
  return { evidence, hint: sim * WEIGHTS.weakText };
}

// Equal scores prefer the nearer period: next year's report before one five years on.
const byScoreThenId = (x: ScoredPair, y: ScoredPair) =>
  y.score - x.score || x.to.when.start - y.to.when.start || (x.to.node.id < y.to.node.id ? -1 : x.to.node.id > y.to.node.id ? 1 : 0);

/**
 * The best `perBasis` partners of each basis, taken in turns (every basis's best, then every
 * basis's second …) until `maxPerFact`, so one crowded basis cannot push out the others.
 */
function keep(scored: ScoredPair[], o: PairOptions): Set<ScoredPair> {
  const byBasis = BASIS_ORDER.map((basis) => scored.filter((p) => p.evidence.some((e) => e.basis === basis)));
  const kept = new Set<ScoredPair>();
  for (let rank = 0; rank < o.perBasis; rank++) {
    for (const list of byBasis) {
      if (kept.size >= o.maxPerFact) return kept;
      if (list[rank]) kept.add(list[rank]);
    }
  }
  return kept;
}

/** Every earlier → later pair with a basis, capped at `perBasis` partners per basis per fact. */
export function scorePairs(earlier: LinkFact[], later: LinkFact[], time: TimeRule, o: PairOptions): ScoredPair[] {
  const blocks = new CandidateBlocks(later, o);
  const out: ScoredPair[] = [];
  for (const a of earlier) {
    const candidates = blocks.candidates(a, time.minStart(a));
    const scored: ScoredPair[] = [];
    for (const b of candidates) {
      if (b === a || b.document === a.document || !time.allows(a, b)) continue;
      if (a.city && b.city && a.city !== b.city) continue; // another city's plan is not this one's lineage
      const found = evidenceFor(a, b, o);
      if (!found) continue;
      const { evidence, hint } = found;
      const score = combine([...evidence.map((e) => e.score), hint]);
      if (score >= o.minScore) scored.push({ from: a, to: b, evidence, score });
    }
    scored.sort(byScoreThenId);
    // So few partners that every basis keeps all of them: the turns below would change nothing.
    if (scored.length <= Math.min(o.perBasis, o.maxPerFact)) out.push(...scored);
    else {
      const kept = keep(scored, o);
      out.push(...scored.filter((p) => kept.has(p)));
    }
  }
  return capFanIn(out, o);
}

// Equal scores prefer the nearer earlier fact: last year's task before one five years back.
const byScoreThenFrom = (x: ScoredPair, y: ScoredPair) =>
  y.score - x.score ||
  y.from.when.start - x.from.when.start ||
  (x.from.node.id < y.from.node.id ? -1 : x.from.node.id > y.from.node.id ? 1 : 0);

/**
 * The same bound from the other side: a later fact keeps its strongest `maxPerFact` earlier
 * partners (by the same per-basis turns), so a result that echoes a common phrase cannot
 * collect links from every task of every year. Order of `pairs` is kept.
 */
function capFanIn(pairs: ScoredPair[], o: PairOptions): ScoredPair[] {
  const byTarget = new Map<LinkFact, ScoredPair[]>();
  for (const p of pairs) {
    const list = byTarget.get(p.to);
    if (list) list.push(p);
    else byTarget.set(p.to, [p]);
  }
  const kept = new Set<ScoredPair>();
  for (const list of byTarget.values()) {
    if (list.length <= o.maxPerFact) for (const p of list) kept.add(p);
    else for (const p of keep(list.sort(byScoreThenFrom), o)) kept.add(p);
  }
  return pairs.filter((p) => kept.has(p));
}
