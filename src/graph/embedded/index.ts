// The embedded store: the default GraphStore, in process.
export { EmbeddedStore } from './embedded-store';
export { saveSnapshot, loadSnapshot, SnapshotError } from './snapshot';
export { SnapshotStore } from './snapshot-store';
export { DEFAULT_LOCK_TIMEOUT_MS, type LockOptions } from './snapshot-lock';
