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

/**
 * Noisy-OR of the evidence scores, folded one score at a time so no list is built per candidate:
 * start from 1, `withScore` each score in turn, then `combined`. Rounded so output is stable
 * across platforms.
 */
export const withScore = (miss: number, score: number): number => miss * (1 - Math.min(1, Math.max(0, score)));
export const combined = (miss: number): number => Math.round((1 - miss) * 1000) / 1000;
