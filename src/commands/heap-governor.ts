import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A long ingest keeps a graph that only grows while short-lived per-document structures pass
// through the old generation. V8 lets that generation grow to a multiple of what was live at its
// last full collection (more than twice it on a large ingest: BENCHMARKS.md), and the process keeps those pages. The
// governor collects once the heap has grown by `growth` past what the last collection left, so
// the heap stays near what is live. It is adaptive, not a cap: a larger corpus gets a larger heap,
// and the collections are few because the growth is geometric.

export interface HeapGovernorOptions {
  /** Collect when the used heap passes this multiple of what the last collection left. */
  growth?: number;
  /** Nor let it grow by more than this many bytes past that: a large heap's 30% is most of a peak's excess. */
  maxGrowthBytes?: number;
  /** Below this many bytes used, never collect: small batches pay nothing. */
  floor?: number;
}

const MB = 1024 * 1024;
const DEFAULTS = { growth: 1.3, maxGrowthBytes: 256 * MB, floor: 256 * MB };

/** The engine's full collection, as `--expose-gc` gives it (the flag set for a fresh context). */
function collector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

/**
 * A check to call between units of work (documents, stages): it collects when the heap has grown
 * enough, or at a stage's end (`stageEnd`), where the stage's own structures have just died and
 * what the next stage may grow by is measured from what is live without them.
 */
export function heapGovernor(options: HeapGovernorOptions = {}): (stageEnd?: boolean) => void {
  const growth = options.growth ?? DEFAULTS.growth;
  const maxGrowth = options.maxGrowthBytes ?? DEFAULTS.maxGrowthBytes;
  const floor = options.floor ?? DEFAULTS.floor;
  let limit = floor;
  let gc: (() => void) | undefined | null = null;
  return (stageEnd = false) => {
    const used = getHeapStatistics().used_heap_size;
    if (used < (stageEnd ? floor : limit)) return;
    if (gc === null) gc = collector();
    if (!gc) return;
    gc();
    const live = getHeapStatistics().used_heap_size;
    limit = Math.max(floor, Math.min(live * growth, live + maxGrowth));
  };
}
