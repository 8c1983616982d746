import neo4j from 'neo4j-driver';
import type { GraphNode, GraphRelationship, NodeLabel, Properties, PropertyValue, RelType, SourceSpan } from '../../model';
import { nameKey } from '../contract/text-fold';

// How facts are laid out in Neo4j. Properties are flat on nodes and relationships; the sources
// are four parallel lists (srcDoc, srcStart, srcEnd, srcText) so Cypher can drop one document's
// spans with list comprehensions, plus `sourceDocs` (distinct documents) for the drop-support
// filter. Nodes also keep `label` (indexed), folded name keys and text fields for the full-text index.

const SOURCE_KEYS = ['srcDoc', 'srcStart', 'srcEnd', 'srcText', 'sourceDocs'] as const;
/** Keys the store itself writes on nodes; anything else is a fact property. */
export const NODE_STORE_KEYS = [
  'id',
  'label',
  'name',
  'aliases',
  'aliasText',
  'nameKey',
  'nameKeys',
  'sourceText',
  'docRecord',
  ...SOURCE_KEYS,
] as const;
export const REL_STORE_KEYS = ['id', ...SOURCE_KEYS] as const;
/** Keys of the parameter rows the write statements unwind. */
export const ROW_KEYS = ['id', 'from', 'to', 'props', 'record'] as const;
/** Labels the store keeps beside the ontology's: every fact node is :Entity; one :GraphVersion node. */
export const STORE_LABELS = ['Entity', 'GraphVersion'] as const;
/** Properties of the :GraphVersion node. */
export const VERSION_KEYS = ['version'] as const;
/** Fact properties the statements read by name (lineage, stats). */
export const QUERIED_FACT_KEYS = ['year', 'domain', 'score', 'via'] as const;

const nodeStoreKeys = new Set<string>(NODE_STORE_KEYS);
const relStoreKeys = new Set<string>(REL_STORE_KEYS);

type Stored = Record<string, unknown>;

function sourceProps(sources: SourceSpan[]): Stored {
  return {
    srcDoc: sources.map((s) => s.document),
    srcStart: sources.map((s) => s.start),
    srcEnd: sources.map((s) => s.end),
    srcText: sources.map((s) => s.text),
    sourceDocs: [...new Set(sources.map((s) => s.document))],
  };
}

/** A node to upsert; its label is the statement's (one per label), not the row's. */
export interface NodeRow {
  id: string;
  props: Stored;
}
/** A relationship to upsert; its type is the statement's (one per type), not the row's. */
export interface RelRow {
  id: string;
  from: string;
  to: string;
  props: Stored;
}

export function nodeRow(n: GraphNode): NodeRow {
  const props: Stored = {
    ...n.properties,
    id: n.id,
    label: n.label,
    name: n.name,
    aliases: n.aliases,
    aliasText: n.aliases.join('\n'),
    nameKey: nameKey(n.name),
    nameKeys: [...new Set([n.name, ...n.aliases].map(nameKey))],
    sourceText: n.sources.map((s) => s.text).join('\n'),
    ...sourceProps(n.sources),
  };
  return { id: n.id, props };
}

export function relRow(r: GraphRelationship): RelRow {
  return { id: r.id, from: r.from, to: r.to, props: { ...r.properties, id: r.id, ...sourceProps(r.sources) } };
}

/** A driver value as a plain property value (Integers to numbers). */
function plain(v: unknown): PropertyValue {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map((x) => plain(x)) as string[] | number[];
  return v as PropertyValue;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function sourcesOf(m: Stored): SourceSpan[] {
  const docs = list(m.srcDoc),
    starts = list(m.srcStart),
    ends = list(m.srcEnd),
    texts = list(m.srcText);
  return docs.map((d, i) => ({
    document: String(d),
    start: plain(starts[i]) as number,
    end: plain(ends[i]) as number,
    text: String(texts[i]),
  }));
}

function factProps(m: Stored, storeKeys: Set<string>): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(m)) if (!storeKeys.has(k) && v !== null && v !== undefined) out[k] = plain(v);
  return out;
}

export function nodeFromMap(m: Stored): GraphNode {
  return {
    id: String(m.id),
    label: m.label as NodeLabel,
    name: String(m.name ?? ''),
    aliases: list(m.aliases).map(String),
    properties: factProps(m, nodeStoreKeys),
    sources: sourcesOf(m),
  };
}

export function relFromRow(props: Stored, type: unknown, from: unknown, to: unknown): GraphRelationship {
  return {
    id: String(props.id),
    type: type as RelType,
    from: String(from),
    to: String(to),
    properties: factProps(props, relStoreKeys),
    sources: sourcesOf(props),
  };
}

export const toNumber = (v: unknown): number => plain(v) as number;
