import { diceHeld } from './bigrams';
import { CandidateBlocks } from './blocks';
import type { LinkFact } from './view';
import { BASIS_ORDER, combined, WEIGHTS, withScore, type Evidence } from './weights';

// Scores the pairs (earlier fact → later fact) worth a link. Candidates come only from shared
// indicators, platforms, projects and rare bigrams of the same city, nearest in time first, so
// the work grows with the corpus, not with its square.

export interface PairOptions {
  perBasis: number;
  maxPerFact: number;
  textThreshold: number;
  minScore: number;
  maxDf: number;
  /** Called every `BETWEEN` earlier facts: scored candidates outlive a young collection, then die. */
  between?: () => void;
}

const BETWEEN = 64;

/**
 * A pair worth a link, with what the two facts share. Millions of candidates are scored and
 * most are dropped, so a pair keeps only the shared ids and the text score; `evidenceOf` spells
 * its evidence out for the few that become relationships.
 */
export interface ScoredPair {
  from: LinkFact;
  to: LinkFact;
  score: number;
  /** The bases present, one bit per BASIS_ORDER entry. */
  bases: number;
  indicator: string | undefined;
  /** The shared platform, or the near one (project's, parent's, child's) when none is shared. */
  platform: string | undefined;
  platformIsNear: boolean;
  project: string | undefined;
  /** The text basis's score (similarity at or above the threshold), else 0. */
  text: number;
}

/** When a later fact may start, given the earlier one; and whether the pair is allowed at all. */
export interface TimeRule {
  minStart(earlier: LinkFact): number;
  allows(earlier: LinkFact, later: LinkFact): boolean;
}

const INDICATOR = 1 << BASIS_ORDER.indexOf('indicator');
const PLATFORM = 1 << BASIS_ORDER.indexOf('platform');
const PROJECT = 1 << BASIS_ORDER.indexOf('project');
const TEXT = 1 << BASIS_ORDER.indexOf('text');

// Loops, not find/includes with closures: these run for every candidate of every fact.
function shared(a: string[], b: string[]): string | undefined {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i])) return a[i];
  return undefined;
}
function sharedNear(a: LinkFact, b: LinkFact): string | undefined {
  const found = shared(a.platforms, b.nearPlatforms);
  if (found !== undefined) return found;
  for (const x of a.nearPlatforms) if (b.platforms.includes(x) || b.nearPlatforms.includes(x)) return x;
  return undefined;
}

/** The pair's evidence, strongest basis first (indicator › platform › project › text). */
export function evidenceOf(p: ScoredPair): Evidence[] {
  const evidence: Evidence[] = [];
  if (p.indicator) evidence.push({ basis: 'indicator', score: WEIGHTS.indicator, via: p.indicator });
  if (p.platform) evidence.push({ basis: 'platform', score: p.platformIsNear ? WEIGHTS.nearPlatform : WEIGHTS.platform, via: p.platform });
  if (p.project) evidence.push({ basis: 'project', score: WEIGHTS.project, via: p.project });
  if (p.bases & TEXT) evidence.push({ basis: 'text', score: p.text });
  return evidence;
}

/**
 * The pair a → b when they share something that counts and score at least `minScore`. The score
 * is the noisy-OR of the evidence in basis order, then the weak-text hint.
 */
function scorePair(a: LinkFact, b: LinkFact, o: PairOptions): ScoredPair | undefined {
  const indicator = shared(a.indicators, b.indicators);
  const platform = shared(a.platforms, b.platforms);
  const near = platform ? undefined : sharedNear(a, b);
  const project = shared(a.projects, b.projects);
  const sim = diceHeld(a, b);
  const isText = sim >= o.textThreshold;
  // Most candidates share nothing that counts: say so before building anything.
  if (!indicator && !platform && !near && !project && !isText) return undefined;
  let bases = 0;
  let miss = 1;
  if (indicator) {
    bases |= INDICATOR;
    miss = withScore(miss, WEIGHTS.indicator);
  }
  if (platform) {
    bases |= PLATFORM;
    miss = withScore(miss, WEIGHTS.platform);
  } else if (near) {
    bases |= PLATFORM;
    miss = withScore(miss, WEIGHTS.nearPlatform);
  }
  if (project) {
    bases |= PROJECT;
    miss = withScore(miss, WEIGHTS.project);
  }
  let text = 0;
  if (isText) {
    bases |= TEXT;
    text = Math.round(sim * WEIGHTS.text * 1000) / 1000;
    miss = withScore(miss, text); // the weak-text hint is 0 when wording is a basis itself
  } else miss = withScore(miss, sim * WEIGHTS.weakText);
  const score = combined(miss);
  if (score < o.minScore) return undefined;
  return {
    from: a,
    to: b,
    score,
    bases,
    indicator,
    platform: platform ?? near,
    platformIsNear: !platform && !!near,
    project,
    text,
  };
}

// Equal scores prefer the nearer period: next year's report before one five years on.
const byScoreThenId = (x: ScoredPair, y: ScoredPair) =>
  y.score - x.score || x.to.when.start - y.to.when.start || (x.to.node.id < y.to.node.id ? -1 : x.to.node.id > y.to.node.id ? 1 : 0);

/**
 * The best `perBasis` partners of each basis, taken in turns (every basis's best, then every
 * basis's second …) until `maxPerFact`, so one crowded basis cannot push out the others.
 */
function keep<T>(scored: T[], basesOf: (x: T) => number, o: PairOptions): Set<T> {
  // Only the first perBasis of each basis can be taken: stop listing a basis there.
  const byBasis: T[][] = BASIS_ORDER.map(() => []);
  for (const p of scored) {
    const bases = basesOf(p);
    for (let i = 0; i < byBasis.length; i++) if (bases & (1 << i) && byBasis[i].length < o.perBasis) byBasis[i].push(p);
  }
  const kept = new Set<T>();
  for (let rank = 0; rank < o.perBasis; rank++) {
    for (const list of byBasis) {
      if (kept.size >= o.maxPerFact) return kept;
      if (list[rank] !== undefined) kept.add(list[rank]);
    }
  }
  return kept;
}

const basesOfPair = (p: ScoredPair): number => p.bases;

/**
 * The pairs kept so far, one column per field: hundreds of thousands are kept until the fan-in
 * cap has seen them all, and an object per pair (with its boxed scores) cost several times these
 * four entries. What a pair shares is not kept: `scorePair` reads it again for those that stay.
 */
class KeptPairs {
  readonly from: LinkFact[] = [];
  readonly to: LinkFact[] = [];
  readonly score: number[] = [];
  readonly bases: number[] = [];

  push(p: ScoredPair): void {
    this.from.push(p.from);
    this.to.push(p.to);
    this.score.push(p.score);
    this.bases.push(p.bases);
  }
}

/**
 * Every earlier → later pair with a basis, capped at `perBasis` partners per basis per fact and
 * at `maxPerFact` earlier partners per later fact, handed to `each` (in no set order).
 */
export function scorePairs(earlier: LinkFact[], later: LinkFact[], time: TimeRule, o: PairOptions, each: (p: ScoredPair) => void): void {
  // Scored in a call of its own: its candidate indexes are garbage once it returns.
  const out = keptPairs(earlier, later, time, o);
  const capped = capFanIn(out, o);
  for (let k = 0; k < out.from.length; k++) {
    if (k % (BETWEEN * BETWEEN) === 0) o.between?.();
    if (capped?.[k]) continue;
    // The same two facts score the same: the pair is read again rather than kept whole.
    each(scorePair(out.from[k]!, out.to[k]!, o)!);
  }
}

/** Each earlier fact's best pairs (`perBasis` partners per basis, `maxPerFact` in all). */
function keptPairs(earlier: LinkFact[], later: LinkFact[], time: TimeRule, o: PairOptions): KeptPairs {
  const blocks = new CandidateBlocks(later, o);
  const out = new KeptPairs();
  const scored: ScoredPair[] = [];
  for (let i = 0; i < earlier.length; i++) {
    const a = earlier[i]!;
    if (i % BETWEEN === 0) o.between?.();
    scored.length = 0;
    for (const b of blocks.candidates(a, time.minStart(a))) {
      if (b === a || b.document === a.document || !time.allows(a, b)) continue;
      if (a.city && b.city && a.city !== b.city) continue; // another city's plan is not this one's lineage
      if (a.issuer && b.issuer && a.issuer !== b.issuer) continue; // nor another government's work report
      const p = scorePair(a, b, o);
      if (p) scored.push(p);
    }
    // So few partners that every basis keeps all of them: the turns below would change nothing,
    // and their order says nothing either (link sorts what it returns).
    if (scored.length <= Math.min(o.perBasis, o.maxPerFact)) for (const p of scored) out.push(p);
    else {
      scored.sort(byScoreThenId);
      const kept = keep(scored, basesOfPair, o);
      for (const p of scored) if (kept.has(p)) out.push(p);
    }
  }
  return out;
}

/**
 * The same bound from the other side: a later fact keeps its strongest `maxPerFact` earlier
 * partners (by the same per-basis turns), so a result that echoes a common phrase cannot
 * collect links from every task of every year. Returns which pairs are dropped (none: undefined).
 */
function capFanIn(pairs: KeptPairs, o: PairOptions): Uint8Array | undefined {
  const { from, to, score, bases } = pairs;
  // Most later facts have few partners: count them first, and list only the crowded ones' pairs.
  const counts = new Map<LinkFact, number>();
  for (const t of to) counts.set(t, (counts.get(t) ?? 0) + 1);
  const crowded = new Map<LinkFact, number[]>();
  for (let k = 0; k < to.length; k++) {
    const t = to[k]!;
    if (counts.get(t)! <= o.maxPerFact) continue;
    const list = crowded.get(t);
    if (list) list.push(k);
    else crowded.set(t, [k]);
  }
  if (crowded.size === 0) return undefined;
  // Equal scores prefer the nearer earlier fact: last year's task before one five years back.
  const byScoreThenFrom = (x: number, y: number) =>
    score[y]! - score[x]! ||
    from[y]!.when.start - from[x]!.when.start ||
    (from[x]!.node.id < from[y]!.node.id ? -1 : from[x]!.node.id > from[y]!.node.id ? 1 : 0);
  const capped = new Uint8Array(to.length);
  for (const list of crowded.values()) {
    const kept = keep(list.sort(byScoreThenFrom), (k) => bases[k]!, o);
    for (const k of list) if (!kept.has(k)) capped[k] = 1;
  }
  return capped;
}
