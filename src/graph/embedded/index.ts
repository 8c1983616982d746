// The embedded store: the default GraphStore, in process.
export { EmbeddedStore } from './embedded-store';
