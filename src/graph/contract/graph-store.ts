import type { DocumentRecord, DocumentSlice, GraphNode, GraphRelationship, NodeLabel, PropertyValue, RelType } from '../../model';

// The store contract: what the API may ask of a graph, answered the same by the embedded store
// and by Neo4j (test/graph/contract.test.ts runs against both). Traversal happens inside the
// store, so one API question is a bounded number of calls (and of Neo4j round trips).

export type SortDirection = 'ASC' | 'DESC';

export interface NodeQuery {
  label: NodeLabel;
  /** Equality on properties (year: 2024, domain: '数字政府', plan: '<plan id>'). */
  where?: Record<string, PropertyValue>;
  /** Case-insensitive substring of name or any alias. */
  nameContains?: string;
  /** Only nodes with a source in this document (its id): what the document says or cites. */
  citedIn?: string;
  /** Only nodes this agency (its id) is RESPONSIBLE_FOR, in any role. */
  responsibleAgency?: string;
  /** Property key, or 'name' / 'id'. Ties are broken by id, so pages are stable. */
  sort?: { field: string; direction: SortDirection };
  offset?: number;
  /** Keyset paging (stable across writes): only nodes after this position in the sort order. */
  after?: SortKey;
  /** Only nodes before this position in the sort order. */
  before?: SortKey;
  /** Take the last `limit` nodes of the window instead of the first (Relay `last`). */
  fromEnd?: boolean;
  limit: number;
}

/** A position in a sort order: the sort field's value (null when the node has none) and the id. */
export interface SortKey {
  value: PropertyValue;
  id: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}
/** A page of nodes; `offset` is the first item's position among all matches (for pageInfo). */
export interface NodePage extends Page<GraphNode> {
  offset: number;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipQuery {
  /** Relationships touching any of these nodes, in the given direction from them. */
  nodeIds: readonly string[];
  direction: Direction;
  types?: readonly RelType[];
}

export interface SearchQuery {
  text: string;
  labels?: readonly NodeLabel[];
  limit: number;
}
export interface SearchHit {
  id: string;
  score: number;
  /** The matched field's text (name, alias or a source sentence) for snippets. */
  text: string;
}

export interface LineageQuery {
  fromYear: number;
  toYear: number;
  /** Keep links whose via-node or either end shares this indicator / platform (node id). */
  indicatorId?: string;
  platformId?: string;
  types?: readonly RelType[]; // default ['LED_TO']
  limit: number;
}

export interface PathResult {
  nodeIds: string[];
  /** relationships in path order; steps[i] joins nodeIds[i] and nodeIds[i+1] (either direction). */
  relationships: GraphRelationship[];
}

export interface StoreStats {
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** Tasks and Results counted by domain and year. */
  tasksByDomainYear: { label: 'Task' | 'Result'; domain: string; year: number | null; count: number }[];
}

export type StoreState = 'ready' | 'connecting' | 'unavailable';
export interface StoreHealth {
  store: 'embedded' | 'neo4j';
  state: StoreState;
  detail?: string;
  version: number;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Create constraints/indexes (Neo4j) or empty structures; safe to call again. */
  init(): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;
  /**
   * Changes on every successful write; response caches key on it. Neo4j keeps it in the graph,
   * bumped in each write's transaction, so every process sees every writer's changes.
   */
  version(): Promise<number>;

  /** Atomically upsert the slice and drop this document's support from facts not in it. */
  applyDocument(slice: DocumentSlice): Promise<void>;
  /**
   * A bulk load of slices cut from one graph (as sliceGraph gives them): the outcome of applying
   * each in turn. The embedded store writes them at once, each shared fact once and all or
   * nothing; Neo4j writes many slices per transaction (up to a row budget), each shared fact
   * once per transaction; if one transaction fails, those before it stay committed.
   */
  applyDocuments(slices: DocumentSlice[]): Promise<void>;
  /** Remove the document and every fact only it supported. False when unknown. */
  removeDocument(id: string): Promise<boolean>;

  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  getDocuments(ids: readonly string[]): Promise<(DocumentRecord | null)[]>;
  /** All documents, texts included (the CLI re-runs the pipeline over them). */
  listDocuments(): Promise<DocumentRecord[]>;
  findNodes(query: NodeQuery): Promise<NodePage>;
  /** By exact canonical name or alias (after trimming quotes and 《》). */
  findByName(label: NodeLabel, name: string): Promise<GraphNode | null>;
  relationships(query: RelationshipQuery): Promise<GraphRelationship[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  lineage(query: LineageQuery): Promise<GraphRelationship[]>;
  shortestPath(from: string, to: string, maxHops: number): Promise<PathResult | null>;
  stats(): Promise<StoreStats>;
}
