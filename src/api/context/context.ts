import type { GraphStore } from '../../graph/contract/graph-store';
import type { TextBudget } from '../limits/text-budget';
import type { Loaders } from '../loaders';
import type { VersionMemo } from './version-memo';

/** What every resolver gets: the store, this request's loaders and the page-size cap. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  maxPageSize: number;
  /** True when the request carried the configured write key. */
  canWrite: boolean;
  /** Derived answers shared across requests for one store version (timelines). */
  derived: VersionMemo;
  /** Large texts this request may still answer (Document.text, sentences, paragraphs). */
  textBudget: TextBudget;
}
