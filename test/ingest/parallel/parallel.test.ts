import { join } from 'node:path';
import type * as Ingest from '../../../src/ingest';
import type { DocumentRecord } from '../../../src/model';
import { fileRecord, genreRecords, record, seedRecords } from '../../fixtures/genre/records';

// Worker threads run compiled code only, so this suite loads the pipeline from dist/ (built by
// the global setup) and checks that spreading segment + extract over threads changes nothing.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const compiled = require(join(__dirname, '..', '..', '..', 'dist', 'src', 'ingest')) as typeof Ingest;

// Two work reports of the corpus: a report's own plan named by its genre (政府工作报告) travels with the mark that
// keeps it to its document.
const REPORTS = join(__dirname, '..', '..', 'fixtures', 'corpus');
const reports = () => ['009_cn-state-council-gwr-2023.txt', '013_hailar-district-gwr-2013.txt'].map((f) => fileRecord(REPORTS, f));

/** Enough distinct documents for two workers: the seeds, genre texts and two work reports, each also as a later edition. */
function corpus(): DocumentRecord[] {
  const base = [...seedRecords(), ...genreRecords(), ...reports()];
  const out: DocumentRecord[] = [];
  for (let copy = 0; out.length < 60; copy++) {
    for (const d of base) out.push(copy === 0 ? d : record(`${d.id}-${copy}`, `${d.text}\n(第${copy}次转载)`, d.path));
  }
  return out;
}

// Each test builds 60 documents once or twice; on a machine shared with other work that outruns the 30 s default.
jest.setTimeout(120000);

describe('segment + extract on worker threads', () => {
  const documents = corpus();

  it('uses the threads asked for, and on its own only for batches that repay them', () => {
    expect(compiled.workersFor(documents.length, 2)).toBe(2);
    expect(compiled.workersFor(1, 4)).toBe(1); // never more threads than documents
    expect(compiled.workersFor(5)).toBe(1); // five seeds: not worth a thread
    expect(compiled.workersFor(documents.length)).toBe(1);
  });

  it('gives the very graph the single-threaded pipeline gives', async () => {
    const serial = compiled.buildGraph(documents);
    const parallel = await compiled.buildGraphParallel(documents, { workers: 2 });
    expect(parallel.nodes.length).toBeGreaterThan(500);
    expect(serial.nodes.filter((n) => n.name === '2013年海拉尔区政府工作报告')).toHaveLength(1);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  });

  it('fills the facts cache with what the workers sent, as this thread would have written it', async () => {
    const some = documents.slice(0, 40);
    const threaded = new compiled.FactsCache();
    const here = new compiled.FactsCache();
    const built = await compiled.buildGraphParallel(some, { workers: 2, cache: threaded });
    await compiled.buildGraphParallel(some, { workers: 1, cache: here });
    const entries = (c: Ingest.FactsCache) => [...c].map(([key, wire]) => [key, wire.toString('utf8')]);
    expect(threaded.size).toBe(some.length);
    expect(entries(threaded)).toEqual(entries(here));
    // And a build from those entries alone is the very graph.
    const again = await compiled.buildGraphParallel(some, { workers: 2, cache: threaded });
    expect(threaded.stats.hits).toBe(some.length);
    expect(JSON.stringify(again)).toBe(JSON.stringify(built));
  });

  it('quotes each source exactly as its document reads', async () => {
    const graph = await compiled.buildGraphParallel(documents, { workers: 2 });
    const text = new Map(documents.map((d) => [d.id, d.text]));
    for (const n of graph.nodes) for (const s of n.sources) expect(text.get(s.document)!.slice(s.start, s.end)).toBe(s.text);
  });

  it('refuses a document over its budget on a worker as on this thread, and caches nothing for it', async () => {
    const some = documents.slice(0, 20);
    const limits = { ...compiled.DEFAULT_EXTRACT_LIMITS, maxFacts: 10 };
    const refused = (workers: number, cache?: Ingest.FactsCache) => {
      const out: Ingest.Rejection[] = [];
      return compiled
        .buildGraphParallel(some, { workers, extractLimits: limits, cache, onRefused: (r) => out.push(r) })
        .then((graph) => ({ graph, out }));
    };
    const here = await refused(1);
    const cache = new compiled.FactsCache();
    const threaded = await refused(2, cache);
    expect(here.out.length).toBeGreaterThan(0);
    expect(threaded.out).toEqual(here.out);
    expect(threaded.out[0].reason).toBe('over the memory budget: more than 10 facts in one document');
    expect(cache.size).toBe(some.length - here.out.length);
    expect(JSON.stringify(threaded.graph)).toBe(JSON.stringify(here.graph));
  });

  it('fails the whole build, naming the cause, when a worker cannot read a document', async () => {
    const broken = [...documents.slice(0, 59), { ...documents[0], id: 'broken', hash: 'x', text: undefined as unknown as string }];
    await expect(compiled.buildGraphParallel(broken, { workers: 2 })).rejects.toThrow(/extraction failed in (?:a worker|this thread)/);
  });
});
