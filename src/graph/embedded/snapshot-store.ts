import { AsyncLocalStorage } from 'node:async_hooks';
import { stat } from 'node:fs/promises';
import type { DocumentSlice } from '../../model';
import { EmbeddedStore } from './embedded-store';
import { checkSnapshotPath, loadSnapshot, removeStaleTemps, saveSnapshot } from './snapshot';
import { lockSnapshot, type LockOptions } from './snapshot-lock';

// The embedded store kept in a snapshot file: the one persisting path for every write, whether
// the CLI ingests or a client calls removeDocument over HTTP. Each write (or a whole command's
// read-build-write, via transaction()) runs under the file's lock, first reloads the file if
// another process changed it, and saves before the lock is released.

/** Identifies one version of the file on disk (a save renames a new inode over it). */
const stampOf = async (file: string) =>
  stat(file).then(
    (s) => `${s.ino}:${s.size}:${s.mtimeMs}`,
    () => 'absent',
  );

export class SnapshotStore extends EmbeddedStore {
  private stamp = 'absent';
  private queue: Promise<unknown> = Promise.resolve();
  private readonly inside = new AsyncLocalStorage<boolean>();
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly lockOptions: LockOptions,
  ) {
    super();
  }

  /** The store as the file holds it now (empty when the file does not exist yet). */
  static async open(file: string, lockOptions: LockOptions = {}): Promise<SnapshotStore> {
    await checkSnapshotPath(file);
    const store = new SnapshotStore(file, lockOptions);
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
          await saveSnapshot(this, this.file);
          this.stamp = await stampOf(this.file);
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

  override async removeDocument(id: string): Promise<boolean> {
    return this.transaction(async () => {
      const removed = await super.removeDocument(id);
      if (removed) this.dirty = true;
      return removed;
    });
  }

  private async reloadIfChanged(): Promise<void> {
    const now = await stampOf(this.file);
    if (now === this.stamp) return;
    this.adopt(await loadSnapshot(this.file));
    this.stamp = now;
  }
}
