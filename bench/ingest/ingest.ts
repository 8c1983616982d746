import { runChild, type Message } from '../lib/child';
import { SEEDS_DIR } from '../lib/paths';
import { ensureCorpus } from './corpora';

// Ingest throughput: the seeds, then synthetic corpora of growing size, each in its own process
// so peak RSS belongs to that size alone.

export interface IngestRow {
  corpus: string;
  documents: number;
  rejected: number;
  mb: number;
  chars: number;
  readS: number;
  buildS: number;
  sliceS: number;
  storeS: number;
  mbPerS: number;
  sPerMb: number;
  warmMbPerS: number | null;
  peakRssMb: number;
  nodes: number;
  relationships: number;
  ledTo: number;
  timedOut?: boolean;
  error?: string;
  storeError?: string | null;
}

interface ChildResult extends Message {
  documents: number;
  rejected: number;
  bytes: number;
  chars: number;
  readMs: number;
  buildMs: number;
  sliceMs: number;
  storeMs: number;
  warmBuildMs: number | null;
  nodes: number;
  relationships: number;
  ledTo: number;
  peakRssMb: number;
  storeError: string | null;
}

export interface IngestPlan {
  seed: string;
  sizes: number[];
  mixed: number | null;
  timeoutMs: number;
}

async function measure(corpus: string, paths: string[], repeat: number, timeoutMs: number): Promise<IngestRow> {
  try {
    const r = await runChild<ChildResult>('ingest/ingest-child.js', {
      args: [JSON.stringify({ paths, repeat })],
      execArgv: ['--max-old-space-size=20480'],
      timeoutMs,
    });
    const mb = r.bytes / 1e6;
    const pipelineS = (r.readMs + r.buildMs) / 1000;
    return {
      corpus,
      documents: r.documents,
      rejected: r.rejected,
      mb,
      chars: r.chars,
      readS: r.readMs / 1000,
      buildS: r.buildMs / 1000,
      sliceS: r.sliceMs / 1000,
      storeS: r.storeMs / 1000,
      mbPerS: mb / pipelineS,
      sPerMb: pipelineS / mb,
      warmMbPerS: r.warmBuildMs ? mb / (r.warmBuildMs / 1000) : null,
      peakRssMb: r.peakRssMb,
      nodes: r.nodes,
      relationships: r.relationships,
      ledTo: r.ledTo,
      storeError: r.storeError,
    };
  } catch (err) {
    const message = (err as Error).message;
    return {
      corpus,
      documents: 0,
      rejected: 0,
      mb: 0,
      chars: 0,
      readS: 0,
      buildS: 0,
      sliceS: 0,
      storeS: 0,
      mbPerS: 0,
      sPerMb: 0,
      warmMbPerS: null,
      peakRssMb: 0,
      nodes: 0,
      relationships: 0,
      ledTo: 0,
      timedOut: /within \d+ ms/.test(message),
      error: message.split('\n')[0],
    };
  }
}

export async function benchIngest(plan: IngestPlan, log: (s: string) => void): Promise<IngestRow[]> {
  const rows: IngestRow[] = [];
  log('ingest: seeds');
  rows.push(await measure('seeds (5 real documents)', [SEEDS_DIR], 7, plan.timeoutMs));
  for (const n of plan.sizes) {
    const c = ensureCorpus(plan.seed, n);
    log(`ingest: ${n} synthetic documents (${(c.bytes / 1e6).toFixed(1)} MB)`);
    rows.push(await measure(`synthetic ${n.toLocaleString('en')}`, [c.dir], 1, plan.timeoutMs));
  }
  if (plan.mixed) {
    const c = ensureCorpus(plan.seed, plan.mixed, true);
    log(`ingest: ${plan.mixed} mixed-encoding documents`);
    rows.push(await measure(`synthetic ${plan.mixed.toLocaleString('en')} (10% GBK, 10% traditional)`, [c.dir], 1, plan.timeoutMs));
  }
  return rows;
}
