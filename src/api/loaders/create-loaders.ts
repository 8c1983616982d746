import DataLoader from 'dataloader';
import type { GraphStore } from '../../graph/contract/graph-store';
import type { DocumentRecord, GraphRelationship, RelType } from '../../model';
import { isUnavailable, serviceUnavailable } from '../conventions/errors';
import { documentView, toView, type NodeView } from './views';

type Side = 'OUT' | 'IN';

// Per-request loaders: every node, document and relationship lookup issued while one level of a
// query resolves is coalesced into one store call, so the number of store calls grows with the
// query's nesting depth, never with list sizes.

export interface Loaders {
  nodes: DataLoader<string, NodeView | null>;
  documents: DataLoader<string, DocumentRecord | null>;
  /** Every relationship touching a node, both directions, all types; callers filter. */
  relationships: DataLoader<string, GraphRelationship[]>;
  /**
   * A node's relationships of these types on one side (OUT: from it, IN: to it), by id. The store
   * is asked only for those types and that direction, one call per (side, types) in a batch.
   */
  typedRelationships(id: string, side: Side, types: readonly RelType[]): Promise<GraphRelationship[]>;
  /** A node by id, or a document by id when no node has it; at once when already loaded. */
  entity(id: string): NodeView | null | Promise<NodeView | null>;
  /**
   * A document as a Node, at once when this request already loaded it: a list of spans quoting
   * the same few documents then resolves without a promise per span.
   */
  documentNode(id: string): NodeView | null | Promise<NodeView | null>;
  /** Loads these documents in one call, so later `documentNode` calls answer at once. */
  preloadDocuments(ids: Iterable<string>): Promise<void>;
  /** Computes a derived value (an indicator's timeline) once per request. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** Turn a backend outage into SERVICE_UNAVAILABLE instead of a masked internal error (`call` is async: it never throws). */
function guard<T>(call: () => Promise<T>): Promise<T> {
  return call().catch((err: unknown) => {
    throw isUnavailable(err) ? serviceUnavailable() : err;
  });
}

export function createLoaders(store: GraphStore): Loaders {
  const documentViews = new Map<string, NodeView | null>();
  const documents = new DataLoader<string, DocumentRecord | null>((ids) =>
    guard(async () => {
      const docs = await store.getDocuments(ids);
      ids.forEach((id, i) => {
        const doc = docs[i];
        documentViews.set(id, doc ? documentView(doc) : null);
      });
      return docs;
    }),
  );
  // Resolved views by id, beside the loaders' promise caches, so repeated lookups of a node this
  // request already has (a lineage link's task, a span's document) need no promise.
  const nodeViews = new Map<string, NodeView | null>();
  const nodes = new DataLoader<string, NodeView | null>((ids) =>
    guard(async () => {
      const views = (await store.getNodes(ids)).map((n) => (n ? toView(n) : null));
      ids.forEach((id, i) => nodeViews.set(id, views[i] ?? null));
      return views;
    }),
  );
  const relationships = new DataLoader<string, GraphRelationship[]>((ids) =>
    guard(async () => {
      const rels = await store.relationships({ nodeIds: ids, direction: 'BOTH' });
      const byNode = new Map<string, GraphRelationship[]>(ids.map((id) => [id, []]));
      for (const rel of rels) {
        byNode.get(rel.from)?.push(rel);
        if (rel.to !== rel.from) byNode.get(rel.to)?.push(rel);
      }
      return ids.map((id) => byNode.get(id) ?? []);
    }),
  );

  // One store call per batch, as for `relationships`: the union of the asked types, on the side all
  // keys share (both when they differ); each key then keeps its own side and types. A key is side,
  // types and node id, joined by a character no id or type holds.
  const SEP = '\u0000';
  const typed = new DataLoader<string, GraphRelationship[]>((keys) =>
    guard(async () => {
      const asked = keys.map((key) => {
        const [side, typeList, id] = key.split(SEP) as [Side, string, string];
        return { side, types: typeList.split(',') as RelType[], id };
      });
      const sides = new Set(asked.map((a) => a.side));
      const direction = sides.size === 1 ? asked[0]!.side : 'BOTH';
      const types = [...new Set(asked.flatMap((a) => a.types))];
      const rels = await store.relationships({ nodeIds: [...new Set(asked.map((a) => a.id))], direction, types });
      const from = new Map<string, GraphRelationship[]>();
      const to = new Map<string, GraphRelationship[]>();
      for (const r of rels) {
        (from.get(r.from) ?? from.set(r.from, []).get(r.from)!).push(r);
        (to.get(r.to) ?? to.set(r.to, []).get(r.to)!).push(r);
      }
      return asked.map(({ side, types, id }) => ((side === 'OUT' ? from : to).get(id) ?? []).filter((r) => types.includes(r.type)));
    }),
  );
  function typedRelationships(id: string, side: Side, types: readonly RelType[]): Promise<GraphRelationship[]> {
    return typed.load(side + SEP + types.join(',') + SEP + id);
  }

  // One lookup per id and request: twenty tasks of one plan wait on one promise, not twenty.
  const entities = new Map<string, Promise<NodeView | null>>();
  function entity(id: string): NodeView | null | Promise<NodeView | null> {
    const known = nodeViews.get(id);
    if (known && known.label !== 'Document') return known;
    let loading = entities.get(id);
    if (!loading) entities.set(id, (loading = loadEntity(id)));
    return loading;
  }

  async function loadEntity(id: string): Promise<NodeView | null> {
    const node = await nodes.load(id);
    if (node && node.label !== 'Document') return node;
    const docId = typeof node?.properties.document === 'string' ? node.properties.document : id;
    const doc = await documents.load(docId);
    return doc ? documentView(doc, node) : node;
  }

  function documentNode(id: string): NodeView | null | Promise<NodeView | null> {
    const known = documentViews.get(id);
    if (known !== undefined) return known;
    return documents.load(id).then(() => documentViews.get(id) ?? null);
  }

  async function preloadDocuments(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !documentViews.has(id));
    if (missing.length > 0) await documents.loadMany(missing);
  }

  const memos = new Map<string, Promise<unknown>>();
  function memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!memos.has(key)) memos.set(key, compute());
    return memos.get(key) as Promise<T>;
  }

  return { nodes, documents, relationships, typedRelationships, entity, documentNode, preloadDocuments, memo };
}
