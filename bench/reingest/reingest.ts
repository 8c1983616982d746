import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCorpus } from '../ingest/corpora';
import { runChild, type Message } from '../lib/child';
import { OUT_DIR } from '../lib/paths';

// Re-ingesting a folder where one document changed, against ingesting it the first time: both
// as `plangraph ingest` runs them (fresh process, snapshot and facts cache in files).

export interface ReingestRun {
  run: string;
  documents: number;
  extracted: number;
  nodes: number;
  relationships: number;
  loadS: number;
  readS: number;
  syncS: number;
  saveS: number;
  totalS: number;
  peakRssMb: number;
}
export interface ReingestReport {
  runs: ReingestRun[];
  ratio: number;
  syncRatio: number;
}
export interface ReingestPlan {
  seed: string;
  size: number;
  timeoutMs: number;
}

interface ChildResult extends Message {
  documents: number;
  extracted: number;
  nodes: number;
  relationships: number;
  loadMs: number;
  readMs: number;
  syncMs: number;
  saveMs: number;
  totalMs: number;
  peakRssMb: number;
}

async function ingestOnce(run: string, dir: string, data: string, timeoutMs: number): Promise<ReingestRun> {
  const r = await runChild<ChildResult>('reingest/reingest-child.js', {
    args: [JSON.stringify({ dir, data })],
    execArgv: ['--max-old-space-size=20480'],
    timeoutMs,
  });
  return {
    run,
    documents: r.documents,
    extracted: r.extracted,
    nodes: r.nodes,
    relationships: r.relationships,
    loadS: r.loadMs / 1000,
    readS: r.readMs / 1000,
    syncS: r.syncMs / 1000,
    saveS: r.saveMs / 1000,
    totalS: r.totalMs / 1000,
    peakRssMb: r.peakRssMb,
  };
}

export async function benchReingest(plan: ReingestPlan, log: (s: string) => void): Promise<ReingestReport> {
  const corpus = ensureCorpus(plan.seed, plan.size);
  const work = join(OUT_DIR, `reingest-${plan.size}`);
  rmSync(work, { recursive: true, force: true });
  const dir = join(work, 'corpus');
  cpSync(corpus.dir, dir, { recursive: true });
  const data = join(work, 'graph.json');
  log(`reingest: first ingest of ${plan.size} documents`);
  const first = await ingestOnce('first ingest (empty store, no cache)', dir, data, plan.timeoutMs);
  // One document changes: a sentence is added at its end.
  const file = join(dir, readdirSync(dir).sort()[Math.floor(plan.size / 2)]!);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n全年新增5G基站1200个。\n`);
  log('reingest: again, one document changed');
  const again = await ingestOnce('again, 1 document changed', dir, data, plan.timeoutMs);
  return { runs: [first, again], ratio: again.totalS / first.totalS, syncRatio: again.syncS / first.syncS };
}
