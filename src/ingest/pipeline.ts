import type { DocumentRecord, DocumentSlice, Graph, GraphNode, GraphRelationship } from '../model';
import { extractDocument } from './extract';
import { loadLexicon, type Lexicon } from './lexicon';
import { link } from './link';
import { resolve } from './resolve';
import { segment } from './segment';

// The pipeline: documents in, graph out. Pure and deterministic: the same documents (in any
// order) always give the same graph, ids included. The only I/O is reading the lexicon once.

export interface BuildOptions { lexicon?: Lexicon }

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One record per distinct text: of documents with the same hash, the first by id stays. */
function distinct(documents: DocumentRecord[]): DocumentRecord[] {
  const seen = new Set<string>();
  return [...documents].sort(byId).filter((d) => !seen.has(d.hash) && seen.add(d.hash));
}

export function buildGraph(documents: DocumentRecord[], options: BuildOptions = {}): Graph {
  const lexicon = options.lexicon ?? loadLexicon();
  const facts = distinct(documents).map((d) => extractDocument(segment(d, lexicon), lexicon));
  const graph = resolve(facts, lexicon);
  const derived = link(graph);
  return { ...graph, relationships: [...graph.relationships, ...derived] };
}

const periodOf = (d: DocumentRecord) => d.date ?? d.period ?? '';

/**
 * The facts each document supports, in their full merged state, documents in time order
 * (date or period, then id): what a store applies one document at a time. A relationship
 * brings its end nodes along, so a link cited by two documents (LED_TO from a 2023 task to a
 * 2025 result) can be applied with the earlier document before the later one is stored.
 */
export function sliceGraph(graph: Graph): DocumentSlice[] {
  const docs = [...graph.documents].sort((a, b) => periodOf(a).localeCompare(periodOf(b)) || byId(a, b));
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const supports = <T extends GraphNode | GraphRelationship>(items: T[], id: string) =>
    items.filter((x) => x.sources.some((s) => s.document === id));
  return docs.map((document) => {
    const relationships = supports(graph.relationships, document.id);
    const nodes = new Map(supports(graph.nodes, document.id).map((n) => [n.id, n]));
    for (const r of relationships) {
      for (const end of [r.from, r.to]) {
        const node = nodeById.get(end);
        // Another document's Document node arrives with that document's own slice.
        if (node && node.label !== 'Document' && !nodes.has(end)) nodes.set(end, node);
      }
    }
    return { document, nodes: [...nodes.values()], relationships };
  });
}
