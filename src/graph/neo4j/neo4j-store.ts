import neo4j from 'neo4j-driver';
import type { DocumentRecord, DocumentSlice, GraphNode, GraphRelationship, NodeLabel } from '../../model';
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
import { MAX_PATH_HOPS } from '../contract/facts';
import { nameKey } from '../contract/text-fold';
import { Connection } from './connection';
import { createDriver, type DriverLike, type QueryRunner, type RecordLike } from './driver';
import { nodeFromMap, relFromRow, toNumber } from './encode';
import { cypher, schemaStatements } from './registry';
import { luceneQuery, rankedHits, statsFrom, type Row } from './results';
import { bumpVersion, pruneStale, upsertPlan } from './write-batch';
import { checkSlices, groupSlices, planWrite, supportOf } from './write-plan';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  log?: (msg: string) => void;
  /** A driver to use instead of connecting (tests pass a recording fake). */
  driver?: DriverLike;
  initAttempts?: number;
  retryDelayMs?: number;
  /** Rows per UNWIND round trip. */
  batchSize?: number;
  /** Rows per write transaction in a bulk load (applyDocuments); a document is never split. */
  rowBudget?: number;
  /**
   * How long version() may answer from the last value read before asking the server again. The
   * version lives in the graph, so another process's write is seen within this many ms; this
   * process's own writes are seen at once. 0 reads it every time.
   */
  versionCheckMs?: number;
}

type Map_ = Record<string, unknown>;
const int = (n: number) => neo4j.int(Math.max(0, Math.floor(n)));
const rows = (res: { records: RecordLike[] }) => res.records as Row[];

export const DEFAULT_VERSION_CHECK_MS = 1000;

/** The store on a Neo4j 5.26+ server: one managed transaction (one round trip) per read. */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly conn: Connection;
  private readonly batchSize: number;
  private readonly rowBudget: number;
  private readonly versionCheckMs: number;
  /** The graph's version as last read or written, and when (performance.now()). */
  private known: { version: number; at: number } | null = null;

  constructor(opts: Neo4jStoreOptions) {
    const driver = opts.driver ?? createDriver(opts);
    this.batchSize = opts.batchSize ?? 2000;
    this.rowBudget = opts.rowBudget ?? 10_000;
    this.versionCheckMs = opts.versionCheckMs ?? DEFAULT_VERSION_CHECK_MS;
    this.conn = new Connection(
      driver,
      {
        database: opts.database,
        log: opts.log ?? (() => undefined),
        initAttempts: opts.initAttempts ?? 5,
        retryDelayMs: opts.retryDelayMs ?? 500,
      },
      () => this.setUpSchema(),
    );
  }

  private async setUpSchema(): Promise<void> {
    for (const name of schemaStatements())
      await this.conn.setUpWrite(async (tx) => {
        await tx.run(cypher(name));
      });
  }

  async init(): Promise<void> {
    await this.conn.start();
  }
  async close(): Promise<void> {
    await this.conn.close();
  }
  async health(): Promise<StoreHealth> {
    await this.conn.ping();
    let version = this.known?.version ?? 0;
    if (this.conn.state === 'ready') version = await this.version().catch(() => version);
    return { store: 'neo4j', state: this.conn.state, detail: this.conn.detail, version };
  }

  /** The graph's version held in Neo4j: every process writing through a Neo4jStore bumps it. */
  async version(): Promise<number> {
    const now = performance.now();
    if (this.known && now - this.known.at < this.versionCheckMs) return this.known.version;
    const version = await this.read('read-version', {}, (rs) => toNumber(rs[0]?.get('version') ?? 0));
    this.known = { version, at: now };
    return version;
  }

  private saw(version: number): void {
    this.known = { version, at: performance.now() };
  }

  private read<T>(name: string, params: Map_, take: (rows: Row[]) => T): Promise<T> {
    return this.conn.read(async (tx) => take(rows(await tx.run(cypher(name), params))));
  }

  async applyDocument(slice: DocumentSlice): Promise<void> {
    await this.applyDocuments([slice]);
  }

  /**
   * Slices in transactions of about rowBudget rows each (many documents per transaction, one
   * statement per label / type per batch). Every slice is checked before the first transaction,
   * which also drops the documents' support from facts none of the slices has (embedded store:
   * the same, as one write). If a later transaction fails (a relationship to a missing node),
   * those before it stay committed, as they would if the slices were applied in turn.
   */
  async applyDocuments(slices: DocumentSlice[]): Promise<void> {
    checkSlices(slices);
    if (slices.length === 0) return;
    let support: ReturnType<typeof supportOf> | null = supportOf(slices, true);
    for (const group of groupSlices(slices, this.rowBudget)) {
      const plan = planWrite(group, true);
      const pruning = support;
      this.saw(
        await this.conn.write(async (tx) => {
          const version = await bumpVersion(tx);
          if (pruning) await pruneStale(tx, pruning, this.batchSize);
          await upsertPlan(tx, plan, this.batchSize);
          return version;
        }),
      );
      support = null;
    }
  }

  async removeDocument(id: string): Promise<boolean> {
    const version = await this.conn.write(async (tx: QueryRunner) => {
      const found = rows(await tx.run(cypher('get-documents'), { ids: [id] }))[0]?.get('record');
      if (typeof found !== 'string') return null;
      const bumped = await bumpVersion(tx);
      const doc = JSON.parse(found) as DocumentRecord;
      await pruneStale(tx, supportOf([{ document: doc, nodes: [], relationships: [] }], false), this.batchSize);
      await tx.run(cypher('delete-document'), { id });
      return bumped;
    });
    if (version === null) return false;
    this.saw(version);
    return true;
  }

  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    return this.read('get-nodes', { ids: [...ids] }, (rs) => {
      const byId = new Map(rs.map((r) => [r.get('id') as string, r.get('node') as Map_ | null]));
      return ids.map((id) => {
        const m = byId.get(id);
        return m ? nodeFromMap(m) : null;
      });
    });
  }

  getDocuments(ids: readonly string[]): Promise<(DocumentRecord | null)[]> {
    return this.read('get-documents', { ids: [...ids] }, (rs) => {
      const byId = new Map(rs.map((r) => [r.get('id') as string, r.get('record')]));
      return ids.map((id) => {
        const rec = byId.get(id);
        return typeof rec === 'string' ? (JSON.parse(rec) as DocumentRecord) : null;
      });
    });
  }

  listDocuments(): Promise<DocumentRecord[]> {
    return this.read('list-documents', {}, (rs) => rs.map((r) => JSON.parse(r.get('record') as string) as DocumentRecord));
  }

  findNodes(q: NodeQuery): Promise<NodePage> {
    const name = q.sort?.direction === 'DESC' ? 'find-nodes-desc' : 'find-nodes-asc';
    const params = {
      label: q.label,
      where: q.where ?? {},
      nameContains: q.nameContains ? q.nameContains.toLowerCase() : null,
      citedIn: q.citedIn ?? null,
      agency: q.responsibleAgency ?? null,
      sortField: q.sort?.field ?? 'id',
      offset: int(q.offset ?? 0),
      limit: int(q.limit),
      after: q.after ? { value: q.after.value, id: q.after.id } : null,
      before: q.before ? { value: q.before.value, id: q.before.id } : null,
      fromEnd: q.fromEnd === true,
    };
    return this.read(name, params, (rs) => ({
      total: toNumber(rs[0]?.get('total') ?? 0),
      offset: toNumber(rs[0]?.get('offset') ?? 0),
      items: ((rs[0]?.get('items') ?? []) as Map_[]).map(nodeFromMap),
    }));
  }

  findByName(label: NodeLabel, name: string): Promise<GraphNode | null> {
    return this.read('find-by-name', { label, key: nameKey(name) }, (rs) => (rs[0] ? nodeFromMap(rs[0].get('node') as Map_) : null));
  }

  relationships(q: RelationshipQuery): Promise<GraphRelationship[]> {
    const params = { ids: [...q.nodeIds], direction: q.direction, types: q.types && q.types.length > 0 ? [...q.types] : null };
    return this.read('relationships', params, (rs) => rs.map(relOf));
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    const query = luceneQuery(q.text);
    if (!query) return [];
    const params = { query, labels: q.labels && q.labels.length > 0 ? [...q.labels] : null, limit: int(q.limit) };
    return this.read('search', params, (rs) => rankedHits(q.text, rs));
  }

  lineage(q: LineageQuery): Promise<GraphRelationship[]> {
    const params = {
      types: q.types && q.types.length > 0 ? [...q.types] : ['LED_TO'],
      fromYear: q.fromYear,
      toYear: q.toYear,
      indicatorId: q.indicatorId ?? null,
      platformId: q.platformId ?? null,
      limit: int(q.limit),
    };
    return this.read('lineage', params, (rs) => rs.map(relOf));
  }

  async shortestPath(from: string, to: string, maxHops: number): Promise<PathResult | null> {
    if (from === to) return (await this.getNodes([from]))[0] ? { nodeIds: [from], relationships: [] } : null;
    const hops = Math.min(maxHops, MAX_PATH_HOPS);
    if (hops < 1) return null;
    return this.read('shortest-path', { from, to, maxHops: int(hops) }, (rs) => {
      if (!rs[0]) return null;
      const steps = rs[0].get('rels') as { props: Map_; type: unknown; from: unknown; to: unknown }[];
      return { nodeIds: rs[0].get('nodeIds') as string[], relationships: steps.map((s) => relFromRow(s.props, s.type, s.from, s.to)) };
    });
  }

  stats(): Promise<StoreStats> {
    return this.read('stats', {}, (rs) => statsFrom(rs[0]));
  }
}

const relOf = (r: Row): GraphRelationship => relFromRow(r.get('props') as Map_, r.get('type'), r.get('from'), r.get('to'));
