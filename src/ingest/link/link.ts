import { relationshipId, type Graph, type GraphRelationship, type Properties, type RelType } from '../../model';
import { evidenceOf, scorePairs, type PairOptions, type ScoredPair, type TimeRule } from './pairs';
import { canContinue, canLeadTo, continuesFrom } from './period';
import { buildView } from './view';

export interface LinkOptions {
  /** Links scoring below this are dropped (0..1). */
  minScore?: number;
  /** Partners kept per task for each basis, so dense corpora stay bounded. */
  perBasis?: number;
  /** Links kept per task and type in all, best first. */
  maxPerTask?: number;
  /** Bigram similarity (Dice) from which wording alone is a basis. */
  textThreshold?: number;
  /** Bigrams in more clauses than this are too common to find candidates by. */
  maxDf?: number;
  /** Unit abbreviations → written words (ms → 毫秒), so wording compares across paraphrase. */
  unitWrittenAs?: Readonly<Record<string, string>>;
  /** Document id → who delivers it, for the government work reports among them (国务院, 海拉尔区政府). */
  reportIssuers?: ReadonlyMap<string, string>;
  /** Called every so many facts scored (the pipeline's `between`: a caller's heap governor). */
  between?: () => void;
}

const DEFAULTS: PairOptions = { minScore: 0.15, perBasis: 5, maxPerFact: 10, textThreshold: 0.4, maxDf: 32 };

const LEADS_TO: TimeRule = {
  minStart: (task) => task.when.start,
  allows: (task, result) => canLeadTo(task.when, result.when),
};
const CONTINUES: TimeRule = {
  minStart: (task) => continuesFrom(task.when),
  allows: (earlier, later) => canContinue(earlier.when, later.when, earlier.document !== later.document),
};

// A link's bases are one of a few lists (text; indicator, text; …): each list is one frozen array.
const basesLists = new Map<string, string[]>();
function basesOf(bases: string[]): string[] {
  const key = bases.join('|');
  let known = basesLists.get(key);
  if (!known) basesLists.set(key, (known = Object.freeze(bases) as string[]));
  return known;
}

/**
 * A link's properties (basis, score, the node it goes via, its bases) repeat across links: a
 * corpus's links have a few per cent as many distinct sets as links. Equal ones are one frozen
 * object, per `link` call (later stages write new objects, never change these). The pair's basis
 * bits, score and the node its strongest basis goes via decide them all, so that is the key, and
 * the evidence is spelt out only for a set not met before.
 */
class LinkProperties {
  private readonly known = new Map<string, Properties>();

  of(p: ScoredPair): Properties {
    const via = p.indicator ?? p.platform ?? p.project;
    const key = `${p.bases}\u0000${p.score}\u0000${via ?? ''}`;
    let props = this.known.get(key);
    if (!props) {
      // Strongest basis first, one entry per basis: the first names the link (weights/primary).
      const evidence = evidenceOf(p);
      const main = evidence[0]; // scorePairs keeps only pairs with evidence
      const bases = basesOf(evidence.map((e) => e.basis));
      this.known.set(key, (props = Object.freeze({ basis: main.basis, score: p.score, ...(main.via ? { via: main.via } : {}), bases })));
    }
    return props;
  }
}

function toRelationship(type: RelType, p: ScoredPair, shared: LinkProperties): GraphRelationship {
  return {
    id: relationshipId(type, p.from.node.id, p.to.node.id),
    type,
    from: p.from.node.id,
    to: p.to.node.id,
    properties: shared.of(p),
    // The evidence is the two clauses themselves: the same (immutable) span objects, not copies.
    // concat, not a spread: a spread array grows by push and keeps spare room the graph would hold.
    sources: p.from.node.sources.concat(p.to.node.sources),
  };
}

const order = (a: GraphRelationship, b: GraphRelationship): number =>
  (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
  (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
  (b.properties.score as number) - (a.properties.score as number) ||
  (a.to < b.to ? -1 : a.to > b.to ? 1 : 0);

/**
 * Derives lineage across documents: LED_TO (earlier Task → later Result) and CONTINUED_BY
 * (earlier Task → later Task), each with its basis, score, the shared node it goes via and
 * both clauses as evidence. Reads only the graph it is given; returns the new relationships.
 */
export function link(graph: Graph, options: LinkOptions = {}): GraphRelationship[] {
  const o: PairOptions = {
    minScore: options.minScore ?? DEFAULTS.minScore,
    perBasis: options.perBasis ?? DEFAULTS.perBasis,
    maxPerFact: options.maxPerTask ?? DEFAULTS.maxPerFact,
    textThreshold: options.textThreshold ?? DEFAULTS.textThreshold,
    maxDf: options.maxDf ?? DEFAULTS.maxDf,
    between: options.between,
  };
  const { tasks, results } = buildView(graph, options.unitWrittenAs, options.reportIssuers);
  // The maps the view was read through are garbage now, before the candidate indexes are built.
  o.between?.();
  const shared = new LinkProperties();
  // Each pair becomes its relationship as it is handed over: no list of pairs beside the list of links.
  const links: GraphRelationship[] = [];
  scorePairs(tasks, results, LEADS_TO, o, (p) => links.push(toRelationship('LED_TO', p, shared)));
  scorePairs(tasks, tasks, CONTINUES, o, (p) => links.push(toRelationship('CONTINUED_BY', p, shared)));
  return links.sort(order);
}
