import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchApi } from './api/api';
import { benchColdStart } from './cold-start/cold-start';
import { ensureCorpus } from './ingest/corpora';
import { benchIngest } from './ingest/ingest';
import { describeMachine } from './lib/machine';
import { OUT_DIR, REPO_ROOT, SEEDS_DIR } from './lib/paths';
import { renderMarkdown } from './report/markdown';
import type { BenchResults, Section } from './report/results';
import { benchReingest } from './reingest/reingest';
import { benchScale } from './scale/scale';

// `npm run bench [-- --quick] [-- --only ingest,api,scale,cold,reingest]`: runs the sections in turn,
// each bounded in time, prints the report and writes it (full run: BENCHMARKS.md).

const SEED = 'plangraph';
const MIN = 60_000;

const PLANS = {
  quick: {
    ingest: { seed: SEED, sizes: [100], mixed: null, timeoutMs: 5 * MIN },
    api: { synthetic: 20, seconds: 1, connections: [1, 8, 32, 64], perQueryConnections: 32, startTimeoutMs: 5 * MIN },
    scale: { seed: SEED, sizes: [10_000], samples: 50, timeoutMs: 5 * MIN },
    coldRuns: 1,
    reingest: { seed: SEED, size: 100, timeoutMs: 5 * MIN },
  },
  full: {
    ingest: { seed: SEED, sizes: [100, 1_000, 10_000], mixed: 1_000, timeoutMs: 20 * MIN },
    api: { synthetic: 100, seconds: 5, connections: [1, 8, 32, 64], perQueryConnections: 32, startTimeoutMs: 15 * MIN },
    scale: { seed: SEED, sizes: [10_000, 100_000, 1_000_000], samples: 500, timeoutMs: 15 * MIN },
    coldRuns: 5,
    reingest: { seed: SEED, size: 1_000, timeoutMs: 20 * MIN },
  },
};

const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

async function section<T>(name: string, work: () => Promise<T>): Promise<Section<T>> {
  const t0 = performance.now();
  try {
    return { value: await work(), seconds: (performance.now() - t0) / 1000 };
  } catch (err) {
    log(`${name} failed: ${(err as Error).message}`);
    return { error: (err as Error).message.split('\n')[0], seconds: (performance.now() - t0) / 1000 };
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean' }, only: { type: 'string' } } });
  const mode = values.quick ? 'quick' : 'full';
  const plan = PLANS[mode];
  const only = new Set((values.only ?? 'ingest,api,scale,cold,reingest').split(',').map((s) => s.trim()));
  const results: BenchResults = {
    date: new Date().toISOString(),
    mode,
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    machine: describeMachine(),
    settings: {
      seed: SEED,
      ingestSizes: plan.ingest.sizes,
      apiCorpus: `seeds + ${plan.api.synthetic} synthetic`,
      loadSeconds: plan.api.seconds,
      connections: plan.api.connections,
      scaleSizes: plan.scale.sizes,
      scaleSamples: plan.scale.samples,
      coldStartRuns: plan.coldRuns,
    },
  };
  mkdirSync(OUT_DIR, { recursive: true });
  // `--only` re-measures some sections; the others are kept from the last run of this mode.
  const previous = join(OUT_DIR, `results-${mode}.json`);
  if (values.only && existsSync(previous)) {
    const last = JSON.parse(readFileSync(previous, 'utf8')) as BenchResults;
    Object.assign(results, { ingest: last.ingest, api: last.api, scale: last.scale, coldStart: last.coldStart, reingest: last.reingest });
    results.command = `${last.command}, then ${results.command}`;
  }
  if (only.has('ingest')) results.ingest = await section('ingest', () => benchIngest(plan.ingest, log));
  if (only.has('api')) {
    results.api = await section('api', () => {
      const corpus = ensureCorpus(SEED, plan.api.synthetic);
      return benchApi({ ...plan.api, paths: [SEEDS_DIR, corpus.dir] }, log);
    });
  }
  if (only.has('scale')) results.scale = await section('scale', () => benchScale(plan.scale, log));
  if (only.has('reingest')) results.reingest = await section('reingest', () => benchReingest(plan.reingest, log));
  if (only.has('cold')) results.coldStart = await section('cold start', () => benchColdStart(plan.coldRuns, 2 * MIN, log));

  const markdown = renderMarkdown(results, join(REPO_ROOT, 'bench', 'NOTES.md'), join(REPO_ROOT, 'bench', 'TARGETS-KEPT.md'));
  process.stdout.write(`${markdown}\n`);
  writeFileSync(join(OUT_DIR, `results-${mode}.json`), JSON.stringify(results, null, 2));
  const complete = results.ingest && results.api && results.scale && results.coldStart && results.reingest;
  const target = mode === 'full' && complete ? join(REPO_ROOT, 'BENCHMARKS.md') : join(OUT_DIR, `BENCHMARKS-${mode}.md`);
  writeFileSync(target, markdown);
  log(`wrote ${target}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
