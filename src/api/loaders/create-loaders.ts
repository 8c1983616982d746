import DataLoader from 'dataloader';
import type { GraphStore } from '../../graph/contract';
import type { DocumentRecord, GraphRelationship } from '../../model';
import { isUnavailable, serviceUnavailable } from '../errors';
import { documentView, toView, type NodeView } from './views';

// Per-request loaders: every node, document and relationship lookup issued while one level of a
// query resolves is coalesced into one store call, so the number of store calls grows with the
// query's nesting depth, never with list sizes.

export interface Loaders {
  nodes: DataLoader<string, NodeView | null>;
  documents: DataLoader<string, DocumentRecord | null>;
  /** Every relationship touching a node, both directions, all types; callers filter. */
  relationships: DataLoader<string, GraphRelationship[]>;
  /** A node by id, or a document by id when no node has it. */
  entity(id: string): Promise<NodeView | null>;
  /** Computes a derived value (an indicator's timeline) once per request. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** Turn a backend outage into SERVICE_UNAVAILABLE instead of a masked internal error. */
async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw isUnavailable(err) ? serviceUnavailable() : err;
  }
}

export function createLoaders(store: GraphStore): Loaders {
  const documents = new DataLoader<string, DocumentRecord | null>((ids) => guard(() => store.getDocuments(ids)));
  const nodes = new DataLoader<string, NodeView | null>((ids) =>
    guard(async () => (await store.getNodes(ids)).map((n) => (n ? toView(n) : null))),
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

  async function entity(id: string): Promise<NodeView | null> {
    const node = await nodes.load(id);
    if (node && node.label !== 'Document') return node;
    const docId = typeof node?.properties.document === 'string' ? node.properties.document : id;
    const doc = await documents.load(docId);
    return doc ? documentView(doc, node) : node;
  }

  const memos = new Map<string, Promise<unknown>>();
  function memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!memos.has(key)) memos.set(key, compute());
    return memos.get(key) as Promise<T>;
  }

  return { nodes, documents, relationships, entity, memo };
}
