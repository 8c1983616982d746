import { join } from 'node:path';
import { REL_TYPES, type DocumentSlice } from '../../../src/model';
import { Neo4jStore } from '../../../src/graph/neo4j';
import { ingestPaths } from '../../../src/commands';
import { DEFAULT_READ_LIMITS } from '../../../src/ingest';
import { synthSlices } from '../../../bench/scale/synth-graph';
import { FakeDriver, type Call } from './fake-driver';

// How many transactions and statements a bulk load costs, counted with the recording driver: the
// round trips a live server would see. Seeds: one transaction; 1,000 synthetic documents: a few
// dozen, each bounded by the row budget, with statements per label / type and batch, not per
// document. (Timings on a live server: BENCHMARKS.md, bench/neo4j.)

const opts = { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'x', retryDelayMs: 5, initAttempts: 1 };

function countingDriver(): FakeDriver {
  const driver = new FakeDriver();
  for (const t of REL_TYPES) driver.answers.set(`apply-relationships-${t}`, (p) => [{ written: (p.rows as unknown[]).length }]);
  driver.answers.set('bump-version', () => [{ version: 1 }]);
  return driver;
}

async function load(write: (store: Neo4jStore) => Promise<unknown>, rowBudget?: number) {
  const driver = countingDriver();
  const store = new Neo4jStore({ ...opts, driver, rowBudget });
  await store.init();
  driver.calls = [];
  await write(store);
  const writes = driver.calls.filter((c) => c.mode === 'WRITE');
  const txs = [...new Set(writes.map((c) => c.tx))];
  const rowsIn = (c: Call) => (Array.isArray(c.params.rows) ? c.params.rows.length : 0);
  return {
    transactions: txs.length,
    statements: writes.length,
    reads: driver.calls.length - writes.length,
    maxRowsPerTransaction: Math.max(...txs.map((tx) => writes.filter((c) => c.tx === tx).reduce((n, c) => n + rowsIn(c), 0))),
    scans: driver.calls.filter((c) => c.name.startsWith('cited-')).length,
    dynamic: driver.calls.filter((c) => c.query.includes('$(')).length,
  };
}

test('the seeds load in one write transaction of at most 25 statements', async () => {
  const counts = await load((store) => ingestPaths(store, [join(__dirname, '../../../seeds')], DEFAULT_READ_LIMITS));
  // bump + 2 look-ups of what cites the documents + ≤ 8 labels + ≤ 13 types + records (one batch each)
  expect(counts.transactions).toBe(1);
  expect(counts.statements).toBeLessThanOrEqual(1 + 2 + 8 + 13 + 1);
  expect(counts.scans).toBe(2);
  expect(counts.reads).toBe(1); // list-documents: what the store already holds
  expect(counts.dynamic).toBe(0);
  process.stdout.write(`seeds: ${JSON.stringify(counts)}\n`);
});

function thousandDocuments(): DocumentSlice[] {
  const slices: DocumentSlice[] = [];
  for (const { slice } of synthSlices('plangraph', 1_000_000)) {
    slices.push(slice);
    if (slices.length === 1000) break;
  }
  return slices;
}

test('1,000 synthetic documents: transactions bounded by the row budget, statements per transaction not per document', async () => {
  const slices = thousandDocuments();
  const rows = slices.reduce((n, s) => n + s.nodes.length + s.relationships.length + 2, 0);
  const budget = 10_000;
  const counts = await load((store) => store.applyDocuments(slices), budget);
  const largest = Math.max(...slices.map((s) => s.nodes.length + s.relationships.length + 2));
  expect(counts.transactions).toBeLessThanOrEqual(Math.ceil(rows / (budget - largest)) + 1);
  expect(counts.maxRowsPerTransaction).toBeLessThanOrEqual(budget);
  // per transaction: bump + one statement per label / type / 2,000-row batch + records; the two
  // look-ups of what cites the documents once for the whole load
  expect(counts.scans).toBe(2);
  expect(counts.statements).toBeLessThanOrEqual(2 + counts.transactions * (1 + 8 + 13 + 1) + Math.ceil(rows / 2000));
  expect(counts.statements / slices.length).toBeLessThan(1);
  process.stdout.write(`1,000 synthetic documents (${rows} rows): ${JSON.stringify(counts)}\n`);
});
