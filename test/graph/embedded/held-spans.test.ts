import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore, loadSnapshot, saveSnapshot } from '../../../src/graph/embedded';
import { buildGraph, sliceGraph } from '../../../src/ingest';
import { HeldSpan, toExport, type SourceSpan } from '../../../src/model';
import { seedRecords } from '../../fixtures/genre/records';

// Spans are held once: every fact citing a clause shares one (document, start, end) object that
// quotes the one copy of the document text. Clients (export, snapshot, API) still see the text.

const seeds = seedRecords();
const graph = buildGraph(seeds);
const textOf = new Map(seeds.map((d) => [d.id, d.text]));
const keyOf = (s: SourceSpan) => `${s.document}:${s.start}:${s.end}`;

async function stored(store: EmbeddedStore): Promise<SourceSpan[]> {
  const g = store.toGraph();
  return [...g.nodes, ...g.relationships].flatMap((f) => f.sources);
}

/** Distinct clauses vs distinct span objects: equal when each clause is held once. */
function sharing(spans: SourceSpan[]): { citations: number; clauses: number; objects: number } {
  return { citations: spans.length, clauses: new Set(spans.map(keyOf)).size, objects: new Set(spans).size };
}

describe('spans held once in the embedded store', () => {
  it('shares one span object per cited clause, each quoting the document text exactly', async () => {
    const store = new EmbeddedStore();
    await store.applyDocuments(sliceGraph(graph));
    const spans = await stored(store);
    const { citations, clauses, objects } = sharing(spans);
    expect(citations).toBeGreaterThan(clauses); // derived links cite their two clauses again
    expect(objects).toBe(clauses);
    for (const s of spans) expect(s.text).toBe(textOf.get(s.document)!.slice(s.start, s.end));
    expect(spans.every((s) => s instanceof HeldSpan)).toBe(true);
  });

  it('writes spans whole: the export and a snapshot quote the text, and a reloaded store holds each once again', async () => {
    const store = new EmbeddedStore();
    await store.applyDocuments(sliceGraph(graph));
    const exported = JSON.parse(JSON.stringify(toExport(store.toGraph()))) as ReturnType<typeof toExport>;
    const quoted = exported.nodes.find((n) => n.label === 'Task')!.sources[0];
    expect(Object.keys(quoted)).toEqual(['document', 'start', 'end', 'text']);
    expect(quoted.text).toBe(textOf.get(quoted.document)!.slice(quoted.start, quoted.end));
    expect(JSON.stringify(toExport(store.toGraph()))).toBe(JSON.stringify(toExport(graph)));

    const file = join(mkdtempSync(join(tmpdir(), 'plangraph-spans-')), 'graph.json');
    await saveSnapshot(store, file);
    const reloaded = await loadSnapshot(file);
    const spans = await stored(reloaded);
    const { clauses, objects } = sharing(spans);
    expect(objects).toBe(clauses);
    expect(JSON.stringify(toExport(reloaded.toGraph()))).toBe(JSON.stringify(toExport(graph)));
  });

  it('keeps a span whose text is not its document slice as given, rather than quote something else', async () => {
    const store = new EmbeddedStore();
    const [first] = sliceGraph(graph);
    const task = first.nodes.find((n) => n.label === 'Task')!;
    const forged = { ...task, sources: [{ document: first.document.id, start: 0, end: 4, text: '不是原文' }] };
    await store.applyDocuments([{ ...first, nodes: first.nodes.map((n) => (n.id === task.id ? forged : n)) }]);
    const [held] = await store.getNodes([task.id]);
    expect(held!.sources[0].text).toBe('不是原文');
  });
});
