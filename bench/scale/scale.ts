import { runChild, type Message } from '../lib/child';

// The embedded store at growing synthetic sizes, each in its own process (clean heap and RSS).

export interface Latency {
  p50: number;
  p99: number;
}
export interface ScaleRow {
  target: number;
  nodes: number;
  relationships: number;
  buildS: number;
  rssMb: number;
  peakRssMb: number;
  lineageCold: Latency;
  lineage: Latency;
  timeline: Latency;
  search: Latency;
  searchFirstMs: number;
  /** Nodes the search index held before the first search (filled by the writes). */
  indexedBeforeFirstSearch?: number;
  /** Sizes up to SNAPSHOT_MAX_NODES: the graph saved, loaded into a new store, then searched. */
  snapshot?: { loadMs: number; indexed: number; firstSearchMs: number };
  sampled?: Record<string, number>;
  error?: string;
}
interface ChildResult extends Message, Omit<ScaleRow, 'target' | 'buildS' | 'rssMb' | 'error'> {
  buildMs: number;
  rssAfterBuildMb: number;
}

const NONE: Latency = { p50: NaN, p99: NaN };

export async function benchScale(
  plan: { seed: string; sizes: number[]; samples: number; timeoutMs: number },
  log: (s: string) => void,
): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const target of plan.sizes) {
    log(`scale: ${target.toLocaleString('en')} nodes`);
    try {
      const r = await runChild<ChildResult>('scale/scale-child.js', {
        args: [JSON.stringify({ seed: plan.seed, nodes: target, samples: plan.samples })],
        execArgv: ['--expose-gc', '--max-old-space-size=16384'],
        timeoutMs: plan.timeoutMs,
      });
      rows.push({
        target,
        nodes: r.nodes,
        relationships: r.relationships,
        buildS: r.buildMs / 1000,
        rssMb: r.rssAfterBuildMb,
        peakRssMb: r.peakRssMb,
        lineageCold: r.lineageCold,
        lineage: r.lineage,
        timeline: r.timeline,
        search: r.search,
        searchFirstMs: r.searchFirstMs,
        indexedBeforeFirstSearch: r.indexedBeforeFirstSearch,
        snapshot: r.snapshot,
        sampled: r.sampled,
      });
    } catch (err) {
      rows.push({
        target,
        nodes: 0,
        relationships: 0,
        buildS: NaN,
        rssMb: NaN,
        peakRssMb: NaN,
        lineageCold: NONE,
        lineage: NONE,
        timeline: NONE,
        search: NONE,
        searchFirstMs: NaN,
        error: (err as Error).message.split('\n')[0],
      });
    }
  }
  return rows;
}
