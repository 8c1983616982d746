import type { BenchResults } from './results';

// The targets, each checked against what this run measured. A target whose section did
// not run is "not measured"; a miss says by how much.

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
  gap: string;
}

const fmt = (v: number, unit = '', places = 2) => (Number.isFinite(v) ? `${v.toFixed(places)}${unit}` : 'n/a');

/** At-least target: met when value ≥ goal; the gap is how far short, as a factor. */
function atLeast(target: string, value: number, goal: number, unit: string, places = 2): TargetCheck {
  if (!Number.isFinite(value)) return { target, measured: 'not measured', met: null, gap: '' };
  const met = value >= goal;
  return {
    target,
    measured: fmt(value, unit, places),
    met,
    gap: met ? '' : `short by ${fmt(goal - value, unit, places)} (${fmt(goal / value, '×', 1)} needed)`,
  };
}

/** At-most target: met when value ≤ goal. */
function atMost(target: string, value: number, goal: number, unit: string, places = 1): TargetCheck {
  if (!Number.isFinite(value)) return { target, measured: 'not measured', met: null, gap: '' };
  const met = value <= goal;
  return {
    target,
    measured: fmt(value, unit, places),
    met,
    gap: met ? '' : `over by ${fmt(value - goal, unit, places)} (${fmt(value / goal, '×', 1)} the goal)`,
  };
}

export const TARGET_CONNECTIONS = 32;

export function mixRps(r: BenchResults, server: string, connections = TARGET_CONNECTIONS): number {
  return r.api?.value?.rows.find((x) => x.server === server && x.query === 'mix' && x.connections === connections)?.rps ?? NaN;
}

/** Requests/s of one query alone (the per-query rows, 32 connections). */
export function queryRps(r: BenchResults, server: string, query: string): number {
  return r.api?.value?.rows.find((x) => x.server === server && x.query === query && x.connections === TARGET_CONNECTIONS)?.rps ?? NaN;
}

/** Issue #16: each read against the floor serving its bytes, uncached ≥ 0.3×, cached ≥ 0.8×. */
const FLOOR_READS = ['node', 'page', 'lineage', 'timeline'] as const;
const FLOOR_BARS = { 'ours-uncached': 0.3, 'ours-cached': 0.8 } as const;

function floorRatioChecks(r: BenchResults): TargetCheck[] {
  return (['ours-uncached', 'ours-cached'] as const).flatMap((server) =>
    FLOOR_READS.map((q) =>
      atLeast(
        `${server === 'ours-cached' ? 'Cached' : 'Uncached'} ${q} ≥ ${FLOOR_BARS[server]}× the HTTP floor (${TARGET_CONNECTIONS} connections)`,
        queryRps(r, server, q) / queryRps(r, 'floor', q),
        FLOOR_BARS[server],
        '×',
      ),
    ),
  );
}

/** Issue #16: the first search after building the store (no query before it). */
function firstSearchChecks(r: BenchResults): TargetCheck[] {
  const bars: [number, string, number][] = [
    [100_000, '100k', 0.2],
    [1_000_000, '1M', 1],
  ];
  return bars.map(([size, name, goal]) => {
    const row = r.scale?.value?.find((x) => x.target === size && !x.error);
    return atMost(`First search at ${name} nodes ≤ ${goal} s`, row ? row.searchFirstMs / 1000 : NaN, goal, ' s', 3);
  });
}

export function checkTargets(r: BenchResults): TargetCheck[] {
  const api = r.api?.value;
  const lineageP99 =
    api?.rows.find((x) => x.server === 'ours-uncached' && x.query === 'lineage' && x.connections === TARGET_CONNECTIONS)?.p99 ?? NaN;
  const ingest = (r.ingest?.value ?? []).filter((x) => !x.error && x.corpus.startsWith('synthetic') && !x.corpus.includes('GBK'));
  const largest = ingest[ingest.length - 1];
  const smallest = ingest[0];
  const scale100k = r.scale?.value?.find((x) => x.target === 100_000 && !x.error);
  const cold = r.coldStart?.value;
  const checks = [
    atLeast(
      `Cached reads ≥ 0.5× the HTTP floor (mix, ${TARGET_CONNECTIONS} connections)`,
      mixRps(r, 'ours-cached') / mixRps(r, 'floor'),
      0.5,
      '×',
    ),
    atMost(`Uncached lineage p99 ≤ 10 ms at ${TARGET_CONNECTIONS} connections`, lineageP99, 10, ' ms'),
    atLeast(
      `≥ 2× the stock build on the mix (cache on, ${TARGET_CONNECTIONS} connections)`,
      mixRps(r, 'ours-cached') / mixRps(r, 'stock'),
      2,
      '×',
    ),
    atLeast(
      `≥ 2× the stock build on the mix (cache off, ${TARGET_CONNECTIONS} connections)`,
      mixRps(r, 'ours-uncached') / mixRps(r, 'stock'),
      2,
      '×',
    ),
    atLeast(`Ingest ≥ 2 MB/s (${largest?.corpus ?? 'largest synthetic corpus'})`, largest?.mbPerS ?? NaN, 2, ' MB/s', 3),
    atMost(
      `Ingest linear to 10,000 documents: s/MB at the largest size ≤ 1.5× the smallest`,
      largest && smallest && largest !== smallest && largest.documents >= 10_000 ? largest.sPerMb / smallest.sPerMb : NaN,
      1.5,
      '×',
      2,
    ),
    atMost('100k nodes: lineage p50 ≤ 20 ms', scale100k?.lineage.p50 ?? NaN, 20, ' ms', 2),
    atMost('100k nodes: RSS ≤ 500 MB', scale100k?.rssMb ?? NaN, 500, ' MB', 0),
    atMost('Cold start < 1.5 s (median)', cold && !cold.error ? cold.medianMs / 1000 : NaN, 1.5, ' s', 2),
  ];
  const re = r.reingest?.value;
  checks.push(atMost('Re-ingest with 1 of 1,000 documents changed ≤ 5% of a full run', re ? re.ratio * 100 : NaN, 5, '%', 1));
  const peak10k = (r.ingest?.value ?? []).find((x) => x.corpus === 'synthetic 10,000' && !x.error);
  checks.push(atMost('Peak RSS ingesting 10,000 documents ≤ 2 GB', peak10k ? peak10k.peakRssMb : NaN, 2048, ' MB', 0));
  const biggest = (r.ingest?.value ?? []).find((x) => x.corpus.startsWith('synthetic 10,000'));
  if (biggest?.error) checks[5] = { ...checks[5]!, measured: `10,000 documents did not finish: ${biggest.error}`, met: false };
  return [...checks, ...floorRatioChecks(r), ...firstSearchChecks(r)];
}
