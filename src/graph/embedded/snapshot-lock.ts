import { lock } from 'proper-lockfile';
import { SnapshotError } from './snapshot-shape';

// One writer at a time per snapshot file, across processes: a lock folder `<file>.lock` (made
// atomically by mkdir, refreshed while held; a lock not refreshed for `staleMs` belongs to a
// killed process and is taken over). A second writer waits, says so once, and gives up with a
// clear message after `timeoutMs`.

export interface LockOptions {
  /** How long a writer waits for the lock before giving up. */
  timeoutMs?: number;
  /** Called once when the lock is busy and the writer starts to wait. */
  onWait?: (message: string) => void;
  /** A lock not refreshed for this long is stale (its holder died) and is taken over. */
  staleMs?: number;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 120_000;
const DEFAULT_STALE_MS = 10_000;

export type Release = () => Promise<void>;

export async function lockSnapshot(file: string, opts: LockOptions = {}): Promise<Release> {
  const staleMs = opts.staleMs ?? DEFAULT_STALE_MS;
  const lockfilePath = `${file}.lock`;
  const base = { realpath: false, lockfilePath, stale: staleMs, update: Math.floor(staleMs / 2), onCompromised: compromised(file) };
  try {
    return await lock(file, { ...base, retries: 0 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw lockFailed(file, err);
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  opts.onWait?.(
    `waiting for ${JSON.stringify(file)}: another PlanGraph process is writing it (lock ${JSON.stringify(lockfilePath)}; up to ${Math.round(timeoutMs / 1000)} s)`,
  );
  const started = Date.now();
  for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
    try {
      return await lock(file, { ...base, retries: 0 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw lockFailed(file, err);
      if (Date.now() - started >= timeoutMs) {
        throw new SnapshotError(
          `${JSON.stringify(file)}: another PlanGraph process kept it locked for ${Math.round(timeoutMs / 1000)} s; nothing was written (try again, or remove ${JSON.stringify(lockfilePath)} if no PlanGraph process is running)`,
        );
      }
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}

function lockFailed(file: string, err: unknown): SnapshotError {
  const e = err as NodeJS.ErrnoException;
  return new SnapshotError(`${JSON.stringify(file)}: cannot lock the snapshot for writing (${e.code ?? e.message})`);
}

/** The lock was taken from us (the process stalled past staleMs): stop rather than overwrite another writer. */
function compromised(file: string) {
  return (err: Error) => {
    process.stderr.write(`plangraph: lost the lock on ${JSON.stringify(file)} (${err.message}); stopping without writing\n`);
    process.exit(1);
  };
}
