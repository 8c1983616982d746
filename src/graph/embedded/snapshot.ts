import { open, readFile, rename, unlink } from 'node:fs/promises';
import { sliceGraph, type Graph } from '../../model';
import { EmbeddedStore } from './embedded-store';

// The embedded store can live in a file (PLANGRAPH_DATA), so `plangraph ingest` and `remove`
// mean something without Neo4j. A snapshot is written beside the target, flushed, and renamed
// over it: a process killed at any moment leaves either the old file or the new one, whole.

const FORMAT = 'plangraph-embedded-snapshot/1';

export class SnapshotError extends Error {}

export async function saveSnapshot(store: EmbeddedStore, file: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(JSON.stringify({ format: FORMAT, graph: store.toGraph() }));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** A store holding the snapshot's graph; an empty store when the file does not exist yet. */
export async function loadSnapshot(file: string): Promise<EmbeddedStore> {
  const store = new EmbeddedStore();
  await store.init();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return store;
    throw err;
  }
  let parsed: { format?: string; graph?: Graph };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SnapshotError(`${file}: not a PlanGraph snapshot (invalid JSON)`);
  }
  if (parsed.format !== FORMAT || !parsed.graph) throw new SnapshotError(`${file}: not a PlanGraph snapshot (format ${String(parsed.format)})`);
  await store.applyDocuments(sliceGraph(parsed.graph));
  return store;
}
