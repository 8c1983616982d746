// Parallel: segment + extract over worker threads (documents in, facts out, order kept).
export { extractAll, workersFor } from './pool';
