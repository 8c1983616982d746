import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  entityId,
  relationshipId,
  spanId,
  type DocumentRecord,
  type Graph,
  type GraphNode,
  type GraphRelationship,
  type NodeLabel,
  type Properties,
  type RelType,
} from '../../../src/model';

// Builds small graphs by hand, the way extraction would: a Task or Result is a quoted clause of
// a real document (its span is found in the text, so `text === slice` holds), entities are
// named nodes, and edges join them.

export const SEEDS = join(__dirname, '../../../seeds');
export const seedText = (id: string): string => readFileSync(join(SEEDS, `${id}.txt`), 'utf8');

export class GraphBuilder {
  readonly graph: Graph = { documents: [], nodes: [], relationships: [] };

  document(id: string, text: string, period: string): this {
    const doc: DocumentRecord = {
      id,
      title: id,
      path: `${id}.txt`,
      chars: text.length,
      text,
      kind: 'other',
      encoding: 'utf-8',
      hash: id,
      period,
    };
    this.graph.documents.push(doc);
    return this;
  }

  /** A Task or Result read at the first place `quote` occurs in the document. */
  clause(label: 'Task' | 'Result', document: string, quote: string, properties: Properties = {}): GraphNode {
    const doc = this.graph.documents.find((d) => d.id === document);
    const start = doc ? doc.text.indexOf(quote) : -1;
    if (!doc || start < 0) throw new Error(`«${quote}» is not in ${document}`);
    const end = start + quote.length;
    const node: GraphNode = {
      id: spanId(label, document, start, end),
      label,
      name: quote,
      aliases: [],
      properties: { document, ...properties },
      sources: [{ document, start, end, text: quote }],
    };
    this.graph.nodes.push(node);
    return node;
  }

  entity(label: NodeLabel, name: string, aliases: string[] = []): GraphNode {
    const node: GraphNode = { id: entityId(label, name), label, name, aliases, properties: {}, sources: [] };
    this.graph.nodes.push(node);
    return node;
  }

  edge(type: RelType, from: GraphNode, to: GraphNode, properties: Properties = {}): GraphRelationship {
    const rel: GraphRelationship = { id: relationshipId(type, from.id, to.id), type, from: from.id, to: to.id, properties, sources: [] };
    this.graph.relationships.push(rel);
    return rel;
  }
}
