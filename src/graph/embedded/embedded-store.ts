import type { DocumentRecord, DocumentSlice, Graph, GraphNode, GraphRelationship, NodeLabel } from '../../model';
import type {
  GraphStore,
  LineageQuery,
  NodePage,
  NodeQuery,
  PathResult,
  RelationshipQuery,
  SearchHit,
  SearchQuery,
  StoreHealth,
  StoreStats,
} from '../contract/graph-store';
import { bulkLoad } from './bulk-load';
import { commit } from './commit';
import { findByName, findNodes } from './find-nodes';
import { reindex } from './indexes';
import { planSlices } from './plan-slice';
import { emptyState, type StoreState } from './state';
import { stats } from './stats';
import { lineage, relationships, shortestPath } from './traversal';

/**
 * The in-process store (default): a graphology multigraph keyed by ids, with label, name,
 * provenance and full-text indexes beside it. Returned objects are the stored ones: read-only.
 */
export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private state: StoreState = emptyState();
  private writes = 0;

  async init(): Promise<void> {}
  async close(): Promise<void> {}
  async health(): Promise<StoreHealth> {
    return { store: 'embedded', state: 'ready', version: this.writes };
  }
  async version(): Promise<number> {
    return this.writes;
  }
  /** Nodes in the full-text index: every write (a snapshot load too) fills it, never a query. */
  searchIndexSize(): number {
    return this.state.search.size;
  }

  /** Called before any use of the graph: a store kept in a file may load it only when needed. */
  protected async ready(): Promise<void> {}

  async applyDocument(slice: DocumentSlice): Promise<void> {
    await this.ready();
    this.write([slice], true);
  }

  async applyDocuments(slices: DocumentSlice[]): Promise<void> {
    await this.ready();
    if (slices.length) this.write(slices, true);
  }

  /**
   * applyDocuments for slices the caller hands over and will not change or use again (a fresh
   * build's, as the ingest applies them): each fact already in the stored form is kept itself,
   * not copied, so the build and the store do not hold the graph twice.
   */
  async adoptDocuments(slices: DocumentSlice[]): Promise<void> {
    await this.ready();
    if (slices.length) this.write(slices, true, true);
  }

  async removeDocument(id: string): Promise<boolean> {
    await this.ready();
    const doc = this.state.documents.get(id);
    if (!doc) return false;
    this.write([{ document: doc, nodes: [], relationships: [] }], false);
    return true;
  }

  /** Plan (may throw, changes nothing), commit (undone on error), then bring indexes along. */
  private write(slices: DocumentSlice[], keep: boolean, handedOver = false): void {
    const plan = planSlices(this.state, slices, keep, handedOver);
    const changes = commit(this.state.graph, plan);
    reindex(this.state, changes);
    for (const { document } of slices) {
      if (keep) this.state.documents.set(document.id, { ...document });
      else this.state.documents.delete(document.id);
    }
    this.writes++;
  }

  /**
   * Fills this empty store with a whole graph at once (a snapshot), as one write. `handedOver`:
   * the caller gives the graph to the store (a snapshot just parsed), so its facts are not copied.
   */
  load(graph: Graph, { handedOver = false }: { handedOver?: boolean } = {}): void {
    bulkLoad(this.state, graph, handedOver);
    this.writes++;
  }

  /** Takes over another store's graph (a snapshot reloaded from disk); the version only grows. */
  protected adopt(other: EmbeddedStore): void {
    this.state = other.state;
    this.writes++;
  }

  /** Everything held, as one Graph (what a snapshot file stores). */
  toGraph(): Graph {
    const { graph, documents } = this.state;
    return {
      documents: [...documents.values()],
      nodes: graph.mapNodes((_, n) => n),
      relationships: graph.mapEdges((_, r) => r),
    };
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    await this.ready();
    const { graph } = this.state;
    return ids.map((id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : null));
  }
  async getDocuments(ids: readonly string[]): Promise<(DocumentRecord | null)[]> {
    await this.ready();
    return ids.map((id) => this.state.documents.get(id) ?? null);
  }
  async listDocuments(): Promise<DocumentRecord[]> {
    await this.ready();
    return [...this.state.documents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  async findNodes(query: NodeQuery): Promise<NodePage> {
    await this.ready();
    return findNodes(this.state, query);
  }
  async findByName(label: NodeLabel, name: string): Promise<GraphNode | null> {
    await this.ready();
    return findByName(this.state, label, name);
  }
  async relationships(query: RelationshipQuery): Promise<GraphRelationship[]> {
    await this.ready();
    return relationships(this.state, query);
  }
  async search(query: SearchQuery): Promise<SearchHit[]> {
    await this.ready();
    const { graph } = this.state;
    const node = (id: string) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined);
    const limit = Math.max(0, query.limit);
    // Kept until the next write, like lineage: a term repeated by many clients is answered once.
    const key = JSON.stringify(['search', query.text, [...(query.labels ?? [])].sort(), limit]);
    return this.state.lazy.memo(key, () => this.state.search.search(query.text, query.labels, limit, node));
  }
  async lineage(query: LineageQuery): Promise<GraphRelationship[]> {
    await this.ready();
    return lineage(this.state, query);
  }
  async shortestPath(from: string, to: string, maxHops: number): Promise<PathResult | null> {
    await this.ready();
    return shortestPath(this.state, from, to, maxHops);
  }
  async stats(): Promise<StoreStats> {
    await this.ready();
    return this.state.lazy.memo('stats', () => stats(this.state));
  }
}
