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

export function resolve(all: DocumentFacts[], lexicon: Lexicon): Graph {
  const b = new GraphBuilder();
  const ids = new Map<NodeFact, string>();
  const merges = platformMerges(all, lexicon);
  for (const { document, nodes } of all) {
    for (const fact of nodes) {
      let node: GraphNode;
      if (fact.label === 'Document') {
        node = b.node('Document', document.id, document.title || document.id, fact.span, false, document.id);
        b.merge(node, [], documentProperties(document));
      } else if (fact.anchored) {
        const name = fact.name;
        // A clause is seldom read twice: folded directly, it does not crowd out the names' memo.
        node = b.node(fact.label, `${document.id}|${foldForMatching(name)}`, name, fact.span, true);
        b.merge(node, [], fact.properties);
      } else {
        const c = canonical(fact.label, fact.name, lexicon);
        // A local agency is one per city (济南's 市大数据局 is not Qingdao's).
        const city = fact.label === 'Agency' ? fact.properties.city : undefined;
        const key = mergedKey(fact.label, c.key, merges);
        const why = fact.label === 'Platform' ? merges.get(c.key) : undefined;
        const scoped = fact.documentScoped ? `${document.id}|${key}` : key;
        node = b.node(fact.label, typeof city === 'string' ? `${city}|${scoped}` : scoped, why?.name ?? c.name, fact.span, false);
        b.merge(
          node,
          // A body written in another form of one key (海拉尔区人民政府, 区政府) keeps that form as an alias.
          [
            ...c.aliases,
            ...(key !== c.key || fact.label === 'Agency' ? [c.name] : []),
            ...(fact.aliases ?? []).flatMap((a) => [a, fold(a)]),
          ],
          fact.properties,
        );
        if (why) explainMerge(node, c.name, why);
      }
      ids.set(fact, node.id);
    }
  }
  // References between nodes (a task's plan and project) become id-valued properties.
  for (const [fact, id] of ids) {
    if (!fact.refs) continue;
    const node = b.nodes.get(id)!;
    for (const [key, ref] of Object.entries(fact.refs)) if (node.properties[key] === undefined) node.properties[key] = ids.get(ref) ?? null;
  }
  for (const { relationships } of all) {
    for (const r of relationships) {
      const from = ids.get(r.from);
      const to = ids.get(r.to);
      if (from && to) b.rel(r.type, from, to, r.properties, [r.span], r.key);
    }
  }
  linkAcrossDocuments(b, ids, lexicon);
  return { documents: all.map((f) => f.document), ...b.settled() };
}
