import { open } from 'node:fs/promises';
import type { Graph, GraphNode, GraphRelationship } from '../../model';
import { fileStamp, lineHash, writeIndex, type SnapshotIndex } from './snapshot-index';
import { factLine, PATCH_END, type PatchHead } from './snapshot-lines';

// Bringing a snapshot file from the graph its index describes to `graph` by appending one patch
// segment: the documents, nodes and relationships whose lines differ (by hash) and the ids of
// those gone. Only what changed is written, and nothing of the file is read. A segment is
// appended and flushed before the index names it; one cut short is not read (snapshot-lines).

export interface PatchResult {
  index: SnapshotIndex;
  /** Lines written (documents, nodes, relationships) and ids removed. */
  written: number;
  removed: number;
}

/**
 * Appends what differs from `index` to `file`; with nothing changed, writes nothing. Undefined
 * (nothing written) when the file should rather be written whole: it does not exist yet, or its
 * patches would outgrow what they patch. Once written, the new index takes over `index`'s node and
 * relationship maps (brought up to date in place), so `index` no longer describes the file.
 */
export async function appendPatch(file: string, index: SnapshotIndex, graph: Graph): Promise<PatchResult | undefined> {
  // No file yet: everything is new and the caller writes it whole. Every line built below would
  // be held at once only to be dropped (at 10,000 documents that ran the first ingest out of heap).
  if (index.bytes === 0 && (graph.documents.length || graph.nodes.length || graph.relationships.length)) return undefined;
  const documents = new Map(index.documents);
  const slotOf = new Map<string, number>();
  const docLines: { id: string; line: string; hash: string; slot: number }[] = [];
  let slots = index.slots;
  for (const d of graph.documents) {
    const line = JSON.stringify(d);
    const hash = lineHash(line);
    const known = index.documents.get(d.id);
    if (known && known.hash === hash) slotOf.set(d.id, known.slot);
    else {
      // A changed text is a new line: spans read before it keep naming the old one, and every
      // fact citing this document is written again (its spans name the new line).
      slotOf.set(d.id, slots);
      docLines.push({ id: d.id, line, hash, slot: slots++ });
    }
  }
  const removeDocuments = [...index.documents.keys()].filter((id) => !slotOf.has(id));
  for (const id of removeDocuments) documents.delete(id);

  // The index's maps are brought up to date in place once the segment is written: a new map of
  // every id would cost more than hashing the lines that fill it.
  const changed = <T extends GraphNode | GraphRelationship>(facts: T[], old: Map<string, string>) => {
    const lines: string[] = [];
    const updates: [string, string][] = [];
    let kept = 0;
    for (const f of facts) {
      const line = factLine(f, slotOf);
      const hash = lineHash(line);
      const was = old.get(f.id);
      if (was !== undefined) kept++;
      if (was !== hash) {
        lines.push(line);
        updates.push([f.id, hash]);
      }
    }
    // A build's ids are unique (its lists are a map's values): every old id met is one held still.
    let gone: string[] = [];
    if (kept !== old.size) {
      const ids = new Set(facts.map((f) => f.id));
      gone = [...old.keys()].filter((id) => !ids.has(id));
    }
    const apply = () => {
      for (const [id, hash] of updates) old.set(id, hash);
      for (const id of gone) old.delete(id);
      return old;
    };
    return { lines, gone, apply };
  };
  const nodes = changed(graph.nodes, index.nodes);
  const rels = changed(graph.relationships, index.relationships);
  const written = docLines.length + nodes.lines.length + rels.lines.length;
  const removed = removeDocuments.length + nodes.gone.length + rels.gone.length;
  if (written + removed === 0) return { index, written, removed };
  const bytes = [...docLines.map((d) => d.line), ...nodes.lines, ...rels.lines].reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  if (index.bytes === 0 || index.bytes - index.baseBytes + bytes > index.baseBytes) return undefined;

  const head: PatchHead = {
    patch: {
      documents: docLines.length,
      nodes: nodes.lines.length,
      relationships: rels.lines.length,
      remove: { documents: removeDocuments, nodes: nodes.gone, relationships: rels.gone },
    },
  };
  let at = index.bytes;
  const handle = await open(file, 'a');
  try {
    const put = async (text: string) => {
      await handle.write(text);
      at += Buffer.byteLength(text);
    };
    await put(`${JSON.stringify(head)}\n`);
    for (const d of docLines) {
      documents.set(d.id, { slot: d.slot, hash: d.hash, at, bytes: Buffer.byteLength(d.line) });
      await put(`${d.line}\n`);
    }
    for (const list of [nodes.lines, rels.lines]) {
      for (let i = 0; i < list.length; i += 2000) await put(`${list.slice(i, i + 2000).join('\n')}\n`);
    }
    await put(`${PATCH_END}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const next: SnapshotIndex = {
    stamp: await fileStamp(file),
    bytes: at,
    baseBytes: index.baseBytes,
    slots,
    documents,
    nodes: nodes.apply(),
    relationships: rels.apply(),
  };
  await writeIndex(file, next).catch(() => undefined);
  return { index: next, written, removed };
}
