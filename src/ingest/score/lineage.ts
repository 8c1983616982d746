import type { Graph, GraphNode } from '../../model';
import type { GoldClause, GoldDocument, GoldLink } from './gold';
import { Locator, overlaps } from './locate';
import { measure, type Measure } from './measure';

// Clauses (Tasks and Results read at the quoted place) and strong lineage links (a LED_TO or
// CONTINUED_BY whose two ends were read at the two quoted places). Recall only: the gold lists
// the links an analyst is sure of, not every link a scorer could defend.

export function scoreClauses(graph: Graph, gold: GoldDocument[]): Measure {
  const at = new Locator(graph);
  const wanted = gold.flatMap((doc) => doc.clauses.map((clause) => ({ doc, clause })));
  const ok = ({ doc, clause }: { doc: GoldDocument; clause: GoldClause }) => {
    const ranges = at.occurrences(doc.document, clause.text);
    return graph.nodes.some((n) => n.label === clause.label && overlaps(n, doc.document, ranges));
  };
  return measure(wanted, ok, ({ doc, clause }) => `${doc.document.slice(0, 3)} ${clause.label} «${clause.text}»`);
}

export function scoreLineage(graph: Graph, gold: GoldDocument[]): { recall: Measure; sameBasis: number } {
  const at = new Locator(graph);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const links = gold.flatMap((doc) => doc.links);
  let sameBasis = 0;
  const ok = (g: GoldLink) => {
    const from = at.occurrences(g.from.document, g.from.text);
    const to = at.occurrences(g.to.document, g.to.text);
    const fits = (id: string, document: string, ranges: typeof from) => {
      const n: GraphNode | undefined = nodes.get(id);
      return n !== undefined && overlaps(n, document, ranges);
    };
    const found = graph.relationships.filter(
      (r) => r.type === g.type && fits(r.from, g.from.document, from) && fits(r.to, g.to.document, to),
    );
    if (found.some((r) => r.properties.basis === g.basis)) sameBasis++;
    return found.length > 0;
  };
  const recall = measure(links, ok, (g) => `${g.type} «${g.from.text}» → «${g.to.text}» (${g.basis})`);
  return { recall, sameBasis };
}
