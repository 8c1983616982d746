// Shared harness helpers: public surface.
export { startChild, runChild, reply, Child, type Message, type ChildOptions } from './child';
export { percentile, median, peakRssMb, rssMb, timeEach } from './stats';
export { describeMachine, type Machine } from './machine';
export { REPO_ROOT, SEEDS_DIR, OUT_DIR, CLI_JS } from './paths';
export { loadCorpusStore, type LoadedStore } from './corpus-store';
