import { parseArgs } from 'node:util';
import { describeMachine } from '../lib/machine';
import { SEEDS_DIR } from '../lib/paths';
import { round, rssMb } from '../lib/stats';
import { runLoad } from './load';
import { discoverMix } from './mix';
import { startTarget } from './server';

// `node dist/bench/load/run.js [--duration 30] [--connections 64] [--no-cache] [--documents DIR]`
// Starts the API in-process on the seeds, holds the connections for the duration on the query
// mix, prints requests/s, p50/p99, errors and RSS before/after as JSON; exits 1 on any error.

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '64' },
    'no-cache': { type: 'boolean', default: false },
    documents: { type: 'string', default: SEEDS_DIR },
  },
});

async function main(): Promise<number> {
  const responseCache = !values['no-cache'];
  const target = await startTarget(values.documents, { responseCache });
  try {
    const operations = await discoverMix(target.url);
    if (global.gc) global.gc();
    const rssBefore = rssMb();
    const result = await runLoad({
      url: target.url,
      operations,
      connections: Number(values.connections),
      durationSeconds: Number(values.duration),
    });
    const rssAfter = rssMb();
    const mix = operations.reduce<Record<string, number>>((acc, op) => ({ ...acc, [op.kind]: (acc[op.kind] ?? 0) + 1 }), {});
    const report = {
      machine: describeMachine(),
      documents: target.documents,
      rejected: target.rejected,
      responseCache,
      mix,
      ...result,
      requestsPerSecond: round(result.requestsPerSecond),
      rssMb: { before: round(rssBefore), after: round(rssAfter) },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const errors = result.transportErrors + result.non2xx + result.graphqlErrors;
    process.stderr.write(
      `load: ${report.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ` +
        `${errors} errors, RSS ${report.rssMb.before} → ${report.rssMb.after} MB\n`,
    );
    return errors === 0 ? 0 : 1;
  } finally {
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`load: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
  },
);
