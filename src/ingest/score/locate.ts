import type { Graph, GraphNode } from '../../model';

// Gold facts are located by their quoted text; graph facts by their spans. A graph fact
// supports a gold one when one of its spans overlaps an occurrence of the quote.

export type Range = [start: number, end: number];

export class Locator {
  private readonly texts: Map<string, string>;

  constructor(graph: Graph) {
    this.texts = new Map(graph.documents.map((d) => [d.id, d.text]));
  }

  hasDocument(id: string): boolean {
    return this.texts.has(id);
  }

  /** Every place the quote occurs in the document (a release may repeat a sentence). */
  occurrences(document: string, quote: string): Range[] {
    const text = this.texts.get(document);
    const out: Range[] = [];
    if (!text || !quote) return out;
    for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
    return out;
  }
}

export function overlaps(node: Pick<GraphNode, 'sources'>, document: string, ranges: readonly Range[]): boolean {
  return node.sources.some((s) => s.document === document && ranges.some(([a, b]) => s.start < b && a < s.end));
}

export const readIn = (node: Pick<GraphNode, 'sources'>, document: string): boolean => node.sources.some((s) => s.document === document);
