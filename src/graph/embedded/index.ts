// The embedded store: the default GraphStore, in process.
export { EmbeddedStore } from './embedded-store';
export { saveSnapshot, loadSnapshot, SnapshotError } from './snapshot';
