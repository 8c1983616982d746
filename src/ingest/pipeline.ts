import type { DocumentRecord, Graph } from '../model';
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
