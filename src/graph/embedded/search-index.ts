import MiniSearch from 'minisearch';
import type { GraphNode, NodeLabel } from '../../model';
import type { SearchHit } from '../contract';
import { bestMatchingText, indexTokens, queryTokens } from '../cjk-tokens';

// Full-text search over node names, aliases and source sentences (MiniSearch, CJK bigrams).

interface SearchDoc {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string;
  sources: string;
}

/** Each distinct text once: a Task's name is usually its own source sentence. */
function docOf(n: GraphNode): SearchDoc {
  const seen = new Set<string>([n.name, ...n.aliases]);
  const sentences = n.sources.map((s) => s.text).filter((t) => !seen.has(t) && (seen.add(t), true));
  return { id: n.id, label: n.label, name: n.name, aliases: n.aliases.join('\n'), sources: sentences.join('\n') };
}

/** A lone Han character is looked up as a prefix of the pairs that start with it. */
const prefixSingles = (term: string): boolean => [...term].length === 1 && /\p{Script=Han}/u.test(term);

/**
 * Built on the first search (indexing text is the costliest part of a write, and a bulk load
 * need not pay it per document), then kept up to date write by write.
 */
export class SearchIndex {
  private built = false;
  constructor(private readonly allNodes: () => Iterable<GraphNode>) {}

  private readonly mini = new MiniSearch<SearchDoc>({
    fields: ['name', 'aliases', 'sources'],
    storeFields: ['label'],
    tokenize: indexTokens,
    processTerm: (t) => t,
    // AND over the query's bigrams: every pair must occur, which is what a CJK phrase needs.
    searchOptions: { tokenize: queryTokens, combineWith: 'AND', boost: { name: 3, aliases: 2 }, prefix: prefixSingles },
  });

  upsert(node: GraphNode): void {
    if (!this.built) return;
    if (this.mini.has(node.id)) this.mini.replace(docOf(node));
    else this.mini.add(docOf(node));
  }

  remove(id: string): void {
    if (this.built && this.mini.has(id)) this.mini.discard(id);
  }

  search(
    text: string,
    labels: readonly NodeLabel[] | undefined,
    limit: number,
    nodeOf: (id: string) => GraphNode | undefined,
  ): SearchHit[] {
    if (queryTokens(text).length === 0) return [];
    if (!this.built) {
      for (const n of this.allNodes()) this.mini.add(docOf(n));
      this.built = true;
    }
    const wanted = labels && labels.length > 0 ? new Set<string>(labels) : null;
    const results = this.mini.search(text, wanted ? { filter: (r) => wanted.has(r.label as string) } : {});
    results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const hits: SearchHit[] = [];
    for (const r of results) {
      const node = nodeOf(r.id as string);
      if (!node) continue;
      const fields = [node.name, ...node.aliases, ...node.sources.map((s) => s.text)];
      hits.push({ id: node.id, score: r.score, text: bestMatchingText(text, fields) });
      if (hits.length >= limit) break;
    }
    return hits;
  }
}
