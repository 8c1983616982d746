import { EmbeddedStore, loadSnapshot, saveSnapshot } from '../../../src/graph/embedded';
import { buildGraph, sliceGraph } from '../../../src/ingest';
import { HeldSpan, toExport, type DocumentSlice, type GraphNode } from '../../../src/model';
import { seedRecords } from '../../fixtures/genre/records';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A build handed over to the store (adoptDocuments, as the ingest applies one) is kept, not
// copied; slices applied the ordinary way are still copied, so a caller may go on using them.
// Either way the store answers the same.

const seeds = seedRecords();
const slicesOf = (): DocumentSlice[] => sliceGraph(buildGraph(seeds));
const exported = (store: EmbeddedStore) => JSON.stringify(toExport(store.toGraph()));

describe('facts handed over to the embedded store', () => {
  it('holds the same graph as the ordinary write, keeping the build’s own objects', async () => {
    const given = slicesOf();
    const adopted = new EmbeddedStore();
    await adopted.adoptDocuments(given);
    const copied = new EmbeddedStore();
    await copied.applyDocuments(slicesOf());
    expect(exported(adopted)).toBe(exported(copied));

    const task = given[0].nodes.find((n) => n.label === 'Task')!;
    const [held] = await adopted.getNodes([task.id]);
    expect(held).toBe(task);
    const led = given.flatMap((s) => s.relationships).find((r) => r.type === 'LED_TO')!;
    const out = await adopted.relationships({ nodeIds: [led.from], direction: 'OUT', types: ['LED_TO'] });
    expect(out.find((r) => r.id === led.id)).toBe(led);
  });

  it('still copies what applyDocuments is given: a caller changing its slice afterwards changes nothing stored', async () => {
    const given = slicesOf();
    const store = new EmbeddedStore();
    await store.applyDocuments(given);
    // A build's one-clause sources lists are frozen (shared by the facts citing that clause): a
    // fact citing several clauses has a list of its own, which a caller could empty.
    const task = given[0].nodes.find((n) => n.label !== 'Document' && !Object.isFrozen(n.sources))!;
    const name = task.name;
    task.name = '改过的名字';
    task.sources.length = 0;
    const [held] = await store.getNodes([task.id]);
    expect(held).not.toBe(task);
    expect(held!.name).toBe(name);
    expect(held!.sources.length).toBeGreaterThan(0);
  });

  it('copies a handed-over fact the store would not keep as it is: null properties go, spans are held', async () => {
    const [first] = slicesOf();
    const task = first.nodes.find((n) => n.label === 'Task')!;
    const span = task.sources[0];
    const raw: GraphNode = {
      ...task,
      properties: { ...task.properties, note: null },
      sources: [{ document: span.document, start: span.start, end: span.end, text: span.text }],
    };
    const store = new EmbeddedStore();
    await store.adoptDocuments([{ ...first, nodes: first.nodes.map((n) => (n.id === task.id ? raw : n)) }]);
    const [held] = await store.getNodes([task.id]);
    expect(held).not.toBe(raw);
    expect('note' in held!.properties).toBe(false);
    expect(held!.sources[0]).toBeInstanceOf(HeldSpan); // held on the document's text, not the plain copy given
    expect(held!.sources[0].text).toBe(span.text);
  });

  it('refuses a handed-over fact with an unknown label, as the ordinary write does', async () => {
    const [first] = slicesOf();
    const bad = { ...first, nodes: [...first.nodes, { ...first.nodes[0], id: 'X:1', label: 'Nope' as GraphNode['label'] }] };
    await expect(new EmbeddedStore().adoptDocuments([bad])).rejects.toThrow(/unknown label Nope/);
    await expect(new EmbeddedStore().applyDocuments([bad])).rejects.toThrow(/unknown label Nope/);
  });

  it('loads a snapshot it parsed without copying it again, and answers as the store it was saved from', async () => {
    const store = new EmbeddedStore();
    await store.adoptDocuments(slicesOf());
    const file = join(mkdtempSync(join(tmpdir(), 'plangraph-adopt-')), 'graph.json');
    await saveSnapshot(store, file);
    const loaded = await loadSnapshot(file);
    expect(exported(loaded)).toBe(exported(store));
  });
});
