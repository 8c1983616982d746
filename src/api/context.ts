import type { GraphStore } from '../graph/contract';
import type { Loaders } from './loaders';

/** What every resolver gets: the store, this request's loaders and the page-size cap. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  maxPageSize: number;
  /** True when the request carried the configured write key. */
  canWrite: boolean;
}
