import { open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import type { Graph } from '../../model';
import { EmbeddedStore } from './embedded-store';
import { IndexWriter } from './snapshot-index';
import { firstLine, FORMAT_LINES, linesHeader, readSnapshotLines, writeSnapshotLines, type Written } from './snapshot-lines';
import { SnapshotError, snapshotShapeProblem } from './snapshot-shape';

// The embedded store can live in a file (PLANGRAPH_DATA), so `plangraph ingest` and `remove`
// mean something without Neo4j. A snapshot is written beside the target, flushed, and renamed
// over it: a process killed at any moment leaves either the old file or the new one, whole.

export { SnapshotError } from './snapshot-shape';

// Files are written in format 2 (snapshot-lines: one line per record, spans without their text);
// format 1 (one JSON document, spans with their text) is still read, and rewritten as 2 on the
// next save.
const FORMAT = 'plangraph-embedded-snapshot/1';
const q = (file: string) => JSON.stringify(file);

/** Temp files of this snapshot and its index: `<file>[.index].<pid>[.body].tmp`, left behind only by a killed save. */
function isTempOf(file: string, name: string): boolean {
  const base = path.basename(file);
  return name.startsWith(`${base}.`) && /^(\.index)?\.\d+(\.body)?\.tmp$/.test(name.slice(base.length));
}

/** Removes temp files killed saves left beside the snapshot (call only while holding its lock). */
export async function removeStaleTemps(file: string): Promise<number> {
  const dir = path.dirname(file);
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => isTempOf(file, n))) {
    if (name.endsWith(`.${process.pid}.tmp`) || name.endsWith(`.${process.pid}.body.tmp`)) continue;
    if (
      await unlink(path.join(dir, name)).then(
        () => true,
        () => false,
      )
    )
      removed++;
  }
  return removed;
}

export async function saveSnapshot(store: EmbeddedStore, file: string): Promise<void> {
  await saveGraph(store.toGraph(), file);
}

/**
 * Writes `graph` whole as the snapshot `file`; with `{ index: true }` also the index beside it
 * (snapshot-index.ts) that lets the next re-ingest patch the file instead of loading it. Any save
 * without one leaves the old index describing an older file, so it is not used.
 */
export async function saveGraph(graph: Graph, file: string, options: { index?: boolean } = {}): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  let written: Written | undefined;
  // The index only saves work: without it (not a build, or it could not be written) the next
  // re-ingest loads the file.
  const index = options.index ? await IndexWriter.open(file) : undefined;
  try {
    const handle = await open(tmp, 'w');
    try {
      written = await writeSnapshotLines(handle, graph, index);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (err) {
    // A failed write (disk full, permissions) leaves no temp file behind, and the old snapshot whole.
    await unlink(tmp).catch(() => undefined);
    await index?.discard();
    const e = err as NodeJS.ErrnoException;
    throw new SnapshotError(`${q(file)}: cannot save the snapshot: ${e.code ?? ''} ${e.message.split('\n')[0]}`.replace(/: {2}/, ': '));
  }
  if (!index) return;
  if (written) await index.finish({ ...written, baseBytes: written.bytes });
  else await index.discard();
}

/**
 * Refuses at once a snapshot path that is not a regular file (a FIFO would block the read forever,
 * a folder or device is a mistake); true when the file exists, false when it does not yet.
 */
export async function checkSnapshotPath(file: string): Promise<boolean> {
  let s;
  try {
    s = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    throw new SnapshotError(`${q(file)}: cannot read the snapshot (${code ?? (err as Error).message})`);
  }
  if (s.isFile()) return true;
  const kind = s.isDirectory() ? 'a folder' : s.isFIFO() ? 'a named pipe (FIFO)' : s.isSocket() ? 'a socket' : 'a device or special file';
  throw new SnapshotError(`${q(file)}: not a snapshot file: it is ${kind}; PLANGRAPH_DATA must name a regular file`);
}

/** The graph a snapshot file holds, checked; SnapshotError naming the file and the problem otherwise. */
export async function readSnapshotGraph(file: string): Promise<Graph | undefined> {
  if (!(await checkSnapshotPath(file))) return undefined;
  const header = linesHeader(await firstLine(file).catch(() => ''));
  if (header) {
    try {
      return await readSnapshotLines(file, header);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code) throw new SnapshotError(`${q(file)}: cannot read the snapshot (${e.code})`);
      throw new SnapshotError(`${q(file)}: broken PlanGraph snapshot: ${e.message.split('\n')[0]}`);
    }
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new SnapshotError(`${q(file)}: cannot read the snapshot (${e.code ?? e.message})`);
  }
  if (text.trim() === '') throw new SnapshotError(`${q(file)}: not a PlanGraph snapshot: the file is empty`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new SnapshotError(`${q(file)}: not a PlanGraph snapshot: invalid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || format !== FORMAT) {
    const what =
      typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)
        ? `a JSON ${Array.isArray(parsed) ? 'array' : parsed === null ? 'null' : typeof parsed}`
        : `format ${JSON.stringify(format ?? null)}`;
    throw new SnapshotError(`${q(file)}: not a PlanGraph snapshot (${what}; expected format "${FORMAT_LINES}" or "${FORMAT}")`);
  }
  const graph = (parsed as { graph?: unknown }).graph;
  const problem = snapshotShapeProblem(graph);
  if (problem) throw new SnapshotError(`${q(file)}: broken PlanGraph snapshot: ${problem}`);
  return graph as Graph;
}

/** A store holding the snapshot's graph; an empty store when the file does not exist yet. */
export async function loadSnapshot(file: string): Promise<EmbeddedStore> {
  const store = new EmbeddedStore();
  await store.init();
  const graph = await readSnapshotGraph(file);
  if (!graph) return store;
  try {
    store.load(graph, { handedOver: true });
  } catch (err) {
    throw new SnapshotError(`${q(file)}: broken PlanGraph snapshot: ${(err as Error).message.split('\n')[0]}`);
  }
  return store;
}
