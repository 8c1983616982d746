import type { LinkBasis } from '../../model';

// How much each kind of evidence says that two facts are one line of work. A shared indicator
// is near proof; a shared platform is strong; a project named again is good; similar wording is
// a hint. Several bases together are combined as independent evidence (noisy-OR).

export const BASIS_ORDER: readonly LinkBasis[] = ['indicator', 'platform', 'project', 'text'];

export const WEIGHTS = {
  indicator: 0.9,
  platform: 0.75,
  /** The platform's project, parent or child (城市云脑 ↔ 城市云脑2.0) rather than itself. */
  nearPlatform: 0.6,
  project: 0.55,
  /** Text similarity s above the threshold scores s × text; below it, s × weakText (a tie-break). */
  text: 0.5,
  weakText: 0.2,
} as const;

export interface Evidence {
  basis: LinkBasis;
  score: number;
  via?: string;
}

/** Noisy-OR of the evidence scores, rounded so output is stable across platforms. */
export function combine(scores: number[]): number {
  const miss = scores.reduce((p, s) => p * (1 - Math.min(1, Math.max(0, s))), 1);
  return Math.round((1 - miss) * 1000) / 1000;
}

/** The strongest basis present names the link. */
export function primary(evidence: Evidence[]): Evidence | undefined {
  return [...evidence].sort((a, b) => BASIS_ORDER.indexOf(a.basis) - BASIS_ORDER.indexOf(b.basis) || b.score - a.score)[0];
}
