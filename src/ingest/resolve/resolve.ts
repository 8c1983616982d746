import type { DocumentRecord, Graph, GraphNode, Properties } from '../../model';
import type { DocumentFacts, NodeFact } from '../extract';
import type { Lexicon } from '../lexicon';
import { GraphBuilder } from './builder';
import { linkAcrossDocuments } from './cross-document';
import { mergedKey, platformMerges, type Merge } from './identity';
import { foldForMatching } from '../normalise';
import { canonical, fold } from './names';

/** A merged node keeps each merge as `merges`: the name taken in, the rule and the evidence. */
function explainMerge(node: GraphNode, name: string, m: Merge): void {
  const line = `${name} ⇒ ${m.rule}: ${m.evidence}`;
  const list = Array.isArray(node.properties.merges) ? (node.properties.merges as string[]) : [];
  if (!list.includes(line)) node.properties.merges = [...list, line];
}

// Resolve: facts of all documents → one graph. Named entities merge on their canonical key
// (across documents, across scripts); a Task or Result is its first place of reading, and the
// same clause repeated in one document is one fact with two sources.

function documentProperties(doc: DocumentRecord): Properties {
  const p: Properties = { kind: doc.kind, path: doc.path, chars: doc.chars };
  if (doc.date !== undefined) p.date = doc.date;
  if (doc.period !== undefined) p.period = doc.period;
  return p;
}

/** What resolve reads of a node fact once every document's nodes are in: references and series plans. */
interface Later {
  /**
   * References to other nodes (the node's id, the property, the id referred to), kept as
   * id-valued properties unless the node has one already: three lists, not an object each.
   */
  refs: { ids: string[]; keys: string[]; refs: (string | null)[] };
  /** Facts naming their series' next plan (a report's outlook), in fact order. */
  series: { id: string; plan: string }[];
}

/** A document's facts, or how to read them when resolve reaches the document (see `ResolveOptions.merges`). */
export type FactsEntry = DocumentFacts | (() => DocumentFacts);

export interface ResolveOptions {
  /**
   * The caller hands `all` over; each document's facts are let go once they are in the graph (its
   * entry in `all` is emptied), so a large corpus never holds every fact and the graph built from
   * them at once. The graph is the same either way.
   */
  release?: boolean;
  /**
   * Platform merges already read from every document (identity.ts `mergesFrom`). Required when
   * entries are read on demand: merges need the whole corpus before the first node is resolved.
   */
  merges?: Map<string, Merge>;
  /** Called after each document is in the graph (the pipeline's `between`). */
  between?: () => void;
}

export function resolve(all: FactsEntry[], lexicon: Lexicon, options: ResolveOptions = {}): Graph {
  const b = new GraphBuilder();
  const merges = options.merges ?? platformMerges(all.map(facts), lexicon);
  const documents: DocumentRecord[] = [];
  const later: Later = { refs: { ids: [], keys: [], refs: [] }, series: [] };
  for (let i = 0; i < all.length; i++) {
    // Read only now: at most one document's facts read on demand are alive at a time.
    const { document, nodes, relationships } = facts(all[i]!);
    // A fact's references and relationships stay within its document, so its ids are all they need.
    const ids = new Map<NodeFact, string>();
    for (const fact of nodes) ids.set(fact, resolveNode(b, fact, document, merges, lexicon).id);
    for (const [fact, id] of ids) {
      for (const [key, ref] of Object.entries(fact.refs ?? {})) {
        later.refs.ids.push(id);
        later.refs.keys.push(key);
        later.refs.refs.push(ids.get(ref) ?? null);
      }
      if (fact.seriesPlan) later.series.push({ id, plan: fact.seriesPlan });
    }
    // A relationship only ever joins relationships, so each document's come right after its nodes.
    for (const r of relationships) {
      const from = ids.get(r.from);
      const to = ids.get(r.to);
      if (from && to) b.rel(r.type, from, to, r.properties, [r.span], r.key);
    }
    documents.push(document);
    b.endDocument();
    if (options.release) all[i] = undefined as unknown as DocumentFacts;
    options.between?.();
  }
  // References between nodes (a task's plan and project) become id-valued properties, once every
  // document's properties are merged (a property read anywhere comes first).
  const { refs } = later;
  for (let i = 0; i < refs.ids.length; i++) {
    const node = b.nodes.get(refs.ids[i]!)!;
    if (node.properties[refs.keys[i]!] === undefined) node.properties[refs.keys[i]!] = refs.refs[i] ?? null;
  }
  linkAcrossDocuments(b, later.series, lexicon);
  if (options.release) all.length = 0;
  return { documents, ...b.settled() };
}

const facts = (entry: FactsEntry): DocumentFacts => (typeof entry === 'function' ? entry() : entry);

function resolveNode(b: GraphBuilder, fact: NodeFact, document: DocumentRecord, merges: Map<string, Merge>, lexicon: Lexicon): GraphNode {
  if (fact.label === 'Document') {
    const node = b.node('Document', document.id, document.title || document.id, fact.span, false, document.id);
    b.merge(node, [], documentProperties(document));
    return node;
  }
  if (fact.anchored) {
    const name = fact.name;
    // A clause is seldom read twice: folded directly, it does not crowd out the names' memo.
    const node = b.node(fact.label, `${document.id}|${foldForMatching(name)}`, name, fact.span, true);
    b.merge(node, [], fact.properties);
    return node;
  }
  const c = canonical(fact.label, fact.name, lexicon);
  // A local agency is one per city (济南's 市大数据局 is not Qingdao's).
  const city = fact.label === 'Agency' ? fact.properties.city : undefined;
  const key = mergedKey(fact.label, c.key, merges);
  const why = fact.label === 'Platform' ? merges.get(c.key) : undefined;
  const scoped = fact.documentScoped ? `${document.id}|${key}` : key;
  const node = b.node(fact.label, typeof city === 'string' ? `${city}|${scoped}` : scoped, why?.name ?? c.name, fact.span, false);
  b.merge(
    node,
    // A body written in another form of one key (海拉尔区人民政府, 区政府) keeps that form as an alias.
    [...c.aliases, ...(key !== c.key || fact.label === 'Agency' ? [c.name] : []), ...(fact.aliases ?? []).flatMap((a) => [a, fold(a)])],
    fact.properties,
  );
  if (why) explainMerge(node, c.name, why);
  return node;
}
