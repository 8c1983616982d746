import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { GraphStore } from '../../src/graph/contract/graph-store';
import { EmbeddedStore } from '../../src/graph/embedded';
import { Neo4jStore } from '../../src/graph/neo4j';
import { buildGraphParallel, DEFAULT_READ_LIMITS, readDocuments, sliceGraph } from '../../src/ingest';
import type { DocumentSlice } from '../../src/model';
import { ensureCorpus } from '../ingest/corpora';
import { SEEDS_DIR } from '../lib/paths';

// `npm run bench:neo4j` (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD set; an empty database): bulk load
// of the seeds and of 1,000 synthetic documents into Neo4j and into the embedded store, the same
// slices for both, timed from the first write to the last commit (the pipeline is timed apart and
// run once). Each load runs twice: into an empty graph, then again over itself (a re-ingest).
// Prints one JSON line per measurement and a Markdown table for BENCHMARKS.md.

interface Row {
  corpus: string;
  documents: number;
  facts: number;
  store: string;
  run: 'empty' | 'again';
  seconds: number;
  rssMb: number;
}

const mb = (n: number) => Math.round(n / 1e6);

async function slicesOf(paths: string[]): Promise<{ slices: DocumentSlice[]; pipelineSeconds: number }> {
  const t0 = performance.now();
  const read = await readDocuments(paths, DEFAULT_READ_LIMITS);
  const slices = sliceGraph(await buildGraphParallel(read.documents));
  return { slices, pipelineSeconds: (performance.now() - t0) / 1000 };
}

async function timed(store: GraphStore, slices: DocumentSlice[]): Promise<number> {
  const t0 = performance.now();
  await store.applyDocuments(slices);
  await store.version();
  return (performance.now() - t0) / 1000;
}

async function emptyNeo4j(store: GraphStore): Promise<void> {
  for (const d of await store.listDocuments()) await store.removeDocument(d.id);
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { count: { type: 'string' }, clear: { type: 'boolean' } } });
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    process.stderr.write('bench:neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) of a server it may empty\n');
    return 2;
  }
  const count = Number(values.count ?? '1000');
  const neo = new Neo4jStore({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', initAttempts: 3 });
  await neo.init();
  if ((await neo.listDocuments()).length > 0) {
    if (!values.clear) {
      process.stderr.write('the database holds documents: use an empty one, or pass --clear to remove them first\n');
      await neo.close();
      return 2;
    }
    await emptyNeo4j(neo);
  }
  const rows: Row[] = [];
  const corpora = [
    { name: 'seeds', paths: [SEEDS_DIR] },
    { name: `synthetic ${count}`, paths: [ensureCorpus('plangraph', count).dir] },
  ];
  for (const corpus of corpora) {
    const { slices, pipelineSeconds } = await slicesOf(corpus.paths);
    const facts = slices.reduce((n, s) => n + s.nodes.length + s.relationships.length, 0);
    process.stdout.write(`${JSON.stringify({ corpus: corpus.name, documents: slices.length, pipelineSeconds })}\n`);
    const embedded = new EmbeddedStore();
    for (const [name, store] of [
      ['embedded', embedded],
      ['neo4j', neo],
    ] as const) {
      for (const run of ['empty', 'again'] as const) {
        const seconds = await timed(store, slices);
        const row: Row = {
          corpus: corpus.name,
          documents: slices.length,
          facts,
          store: name,
          run,
          seconds,
          rssMb: mb(process.memoryUsage().rss),
        };
        rows.push(row);
        process.stdout.write(`${JSON.stringify(row)}\n`);
      }
    }
    await emptyNeo4j(neo);
  }
  await neo.close();
  process.stdout.write(
    '\n| corpus | documents | facts (slice rows) | store | run | seconds | Neo4j ÷ embedded | RSS MB |\n|---|---:|---:|---|---|---:|---:|---:|\n',
  );
  for (const r of rows) {
    const base = rows.find((x) => x.corpus === r.corpus && x.run === r.run && x.store === 'embedded')!;
    const ratio = r.store === 'neo4j' ? (r.seconds / base.seconds).toFixed(1) : '';
    process.stdout.write(
      `| ${r.corpus} | ${r.documents} | ${r.facts} | ${r.store} | ${r.run} | ${r.seconds.toFixed(2)} | ${ratio} | ${r.rssMb} |\n`,
    );
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`bench:neo4j: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
