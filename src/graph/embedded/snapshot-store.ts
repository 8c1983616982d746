import { AsyncLocalStorage } from 'node:async_hooks';
import { open } from 'node:fs/promises';
import { sliceGraph, type DocumentRecord, type DocumentSlice, type Graph } from '../../model';
import { EmbeddedStore } from './embedded-store';
import { checkSnapshotPath, loadSnapshot, removeStaleTemps, saveGraph } from './snapshot';
import { fileStamp, readIndex, type SnapshotIndex } from './snapshot-index';
import { lockSnapshot, type LockOptions } from './snapshot-lock';
import { appendPatch } from './snapshot-patch';
import { documentProblem } from './snapshot-shape';

// The embedded store kept in a snapshot file: the one persisting path for every write, whether
// the CLI ingests or a client calls removeDocument over HTTP. Each write (or a whole command's
// read-build-write, via transaction()) runs under the file's lock, first reloads the file if
// another process changed it, and saves before the lock is released.
//
// Opened `lazy` (the write commands), the graph is loaded only when something asks for it: a
// re-ingest reads the file's index (snapshot-index.ts) and its document lines, and `applyBuild`
// appends only what changed (snapshot-patch.ts), so one changed document does not cost loading
// and rewriting the whole store.

export interface SnapshotOpenOptions extends LockOptions {
  /** Load the graph on first use rather than at once. */
  lazy?: boolean;
}

export class SnapshotStore extends EmbeddedStore {
  /** The file version the in-memory graph was loaded from ('absent': none). */
  private stamp = 'absent';
  /** Whether the in-memory graph is the file's at `stamp`. */
  private loaded = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly inside = new AsyncLocalStorage<boolean>();
  private dirty = false;
  /** The last index read, kept while it describes the file (read once per command, not per call). */
  private index?: SnapshotIndex;

  private constructor(
    readonly file: string,
    private readonly lockOptions: LockOptions,
    private readonly lazy: boolean,
  ) {
    super();
  }

  /** The store as the file holds it now (empty when the file does not exist yet). */
  static async open(file: string, options: SnapshotOpenOptions = {}): Promise<SnapshotStore> {
    await checkSnapshotPath(file);
    const { lazy = false, ...lockOptions } = options;
    const store = new SnapshotStore(file, lockOptions, lazy);
    await store.reloadIfChanged();
    return store;
  }

  /**
   * Runs `work` as one write: under the lock (this process's writers queue, other processes wait
   * on the lock file), on the file's latest graph, saved once at the end if anything changed.
   * Nested calls (a write inside a command's transaction) join the outer one.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return work();
    const run = async (): Promise<T> => {
      const release = await lockSnapshot(this.file, this.lockOptions);
      try {
        await this.reloadIfChanged();
        await removeStaleTemps(this.file);
        this.dirty = false;
        const result = await this.inside.run(true, work);
        if (this.dirty) {
          await saveGraph(this.toGraph(), this.file, { index: true });
          this.stamp = await fileStamp(this.file);
        }
        return result;
      } finally {
        this.dirty = false;
        await release().catch(() => undefined);
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  protected override async ready(): Promise<void> {
    if (this.loaded) return;
    // Loaded under the lock when inside a write; a read outside one sees the file as it is.
    const now = await fileStamp(this.file);
    this.adopt(await loadSnapshot(this.file));
    this.stamp = now;
    this.loaded = true;
  }

  override async applyDocument(slice: DocumentSlice): Promise<void> {
    return this.transaction(async () => {
      await super.applyDocument(slice);
      this.dirty = true;
    });
  }

  override async applyDocuments(slices: DocumentSlice[]): Promise<void> {
    return this.transaction(async () => {
      await super.applyDocuments(slices);
      if (slices.length) this.dirty = true;
    });
  }

  override async adoptDocuments(slices: DocumentSlice[]): Promise<void> {
    return this.transaction(async () => {
      await super.adoptDocuments(slices);
      if (slices.length) this.dirty = true;
    });
  }

  override async removeDocument(id: string): Promise<boolean> {
    return this.transaction(async () => {
      const removed = await super.removeDocument(id);
      if (removed) this.dirty = true;
      return removed;
    });
  }

  /** The documents held; from the index and their own lines when the graph is not loaded. */
  override async listDocuments(): Promise<DocumentRecord[]> {
    const index = this.loaded ? undefined : await this.currentIndex();
    const records = index && (await this.readDocuments(index).catch(() => undefined));
    if (!records) return super.listDocuments();
    return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  override async getDocuments(ids: readonly string[]): Promise<(DocumentRecord | null)[]> {
    const index = this.loaded ? undefined : await this.currentIndex();
    const records = index && (await this.readDocuments(index, new Set(ids)).catch(() => undefined));
    if (!records) return super.getDocuments(ids);
    const byId = new Map(records.map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Makes the store hold `graph`, a whole build of its documents with `remove` left out: the
   * outcome of removing those documents and applying every slice of `graph` (sliceGraph). When
   * the file's index still describes it and every document the store keeps is in `graph` (none
   * was refused), only what differs is appended to the file; otherwise it is done slice by slice
   * on the loaded graph, which then keeps the build's facts (the caller hands `graph` over).
   * Returns the removed documents the store held.
   */
  async applyBuild(graph: Graph, remove: string[]): Promise<string[]> {
    return this.transaction(async () => {
      const index = await this.currentIndex();
      const built = new Set(graph.documents.map((d) => d.id));
      const removing = new Set(remove);
      if (index && [...index.documents.keys()].every((id) => built.has(id) || removing.has(id))) {
        const gone = remove.filter((id) => index.documents.has(id) && !built.has(id));
        const patched = await appendPatch(this.file, index, graph);
        if (!patched) await saveGraph(graph, this.file, { index: true });
        this.index = patched?.index;
        // What is in memory (if anything) is now older than the file.
        const now = await fileStamp(this.file);
        if (now !== this.stamp) this.loaded = false;
        if (!this.lazy) await this.ready();
        return gone;
      }
      const gone: string[] = [];
      for (const id of remove) if (await this.removeDocument(id)) gone.push(id);
      await this.adoptDocuments(sliceGraph(graph));
      return gone;
    });
  }

  /** The index describing the file as it is now, if there is one. */
  private async currentIndex(): Promise<SnapshotIndex | undefined> {
    const stamp = await fileStamp(this.file);
    if (this.index?.stamp !== stamp) this.index = await readIndex(this.file, stamp);
    return this.index;
  }

  /** Document records read from their own lines of the file (the rest of it is not read). */
  private async readDocuments(index: SnapshotIndex, only?: ReadonlySet<string>): Promise<DocumentRecord[]> {
    const wanted = [...index.documents].filter(([id]) => !only || only.has(id)).sort((a, b) => a[1].at - b[1].at);
    if (wanted.length === 0) return [];
    const handle = await open(this.file, 'r');
    try {
      const out: DocumentRecord[] = [];
      for (const [id, d] of wanted) {
        const buffer = Buffer.alloc(d.bytes);
        await handle.read(buffer, 0, d.bytes, d.at);
        const record = JSON.parse(buffer.toString('utf8')) as DocumentRecord;
        if (documentProblem(record) || record.id !== id) throw new Error(`the index names a line that is not document ${id}`);
        out.push(record);
      }
      return out;
    } finally {
      await handle.close();
    }
  }

  private async reloadIfChanged(): Promise<void> {
    const now = await fileStamp(this.file);
    if (now === this.stamp && (this.loaded || this.lazy)) return;
    this.loaded = false;
    if (!this.lazy) await this.ready();
  }
}
