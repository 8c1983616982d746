import type { Graph, GraphNode, GraphRelationship, RelType } from '../../model';
import type { CorpusEntity, CorpusGold } from './corpus-entity-gold';
import { entityMatcher, namesOf, type EntityMatch } from './entity-match';
import { Locator, readIn } from './locate';
import { measure, type Measure } from './measure';
import { namesMatch } from './names';

// What the graph says about the entities it found, against the gold's properties (issue #11:
// agencies with their roles, plans with their level, sub-工程 with the 工程 they sit in). Only gold
// entities the graph found are judged here; finding them is `entity-kinds`' measure.
// - level: a found Plan with a gold level carries that level.
// - roles: each role the gold gives a found Agency is on one of its RESPONSIBLE_FOR read in that
//   document (recall), and each such role is one the gold gives (precision). The gold may name a
//   role the ontology has no word for (supervises, reviews …): it counts as missed.
// - partOf: a found EngineeringProject the gold puts inside another has a PART_OF to a node of that
//   name (recall); each PART_OF of a found project goes where the gold says (precision).

export interface AttributeScores {
  level: Measure;
  roles: { recall: Measure; precision: Measure };
  partOf: { recall: Measure; precision: Measure };
}

interface Found {
  doc: CorpusGold;
  entity: CorpusEntity;
  node: GraphNode;
}

function found(graph: Graph, gold: CorpusGold[], same: EntityMatch): Found[] {
  const byDocument = new Map<string, GraphNode[]>();
  for (const n of graph.nodes)
    for (const d of new Set(n.sources.map((s) => s.document))) {
      const list = byDocument.get(d) ?? [];
      if (!list.length) byDocument.set(d, list);
      list.push(n);
    }
  const out: Found[] = [];
  for (const doc of gold)
    for (const entity of doc.entities) {
      const node = byDocument.get(doc.document)?.find((n) => n.label === entity.label && same(entity, n, doc.document));
      if (node) out.push({ doc, entity, node });
    }
  return out;
}

/** Relationships of a type leaving each node, read in a given document. */
function outgoing(graph: Graph, type: RelType): (node: GraphNode, document: string) => GraphRelationship[] {
  const byFrom = new Map<string, GraphRelationship[]>();
  for (const r of graph.relationships) {
    if (r.type !== type) continue;
    const list = byFrom.get(r.from) ?? [];
    if (!list.length) byFrom.set(r.from, list);
    list.push(r);
  }
  return (node, document) => (byFrom.get(node.id) ?? []).filter((r) => readIn(r, document));
}

const stringProp = (e: CorpusEntity, key: string): string | undefined => {
  const v = e.properties?.[key];
  return typeof v === 'string' && v ? v : undefined;
};
const rolesOf = (e: CorpusEntity): string[] => {
  const v = e.properties?.roles;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};
const where = (f: Found) => `${f.doc.document.slice(0, 3)} ${f.entity.name}`;

function scoreAttributes(graph: Graph, gold: CorpusGold[], same: EntityMatch): AttributeScores {
  const all = found(graph, gold, same);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const responsible = outgoing(graph, 'RESPONSIBLE_FOR');
  const partOf = outgoing(graph, 'PART_OF');

  const plans = all.filter((f) => f.entity.label === 'Plan' && stringProp(f.entity, 'level'));
  const level = measure(
    plans,
    (f) => f.node.properties.level === stringProp(f.entity, 'level'),
    (f) => `${where(f)}: ${stringProp(f.entity, 'level')}, read ${f.node.properties.level ?? 'none'}`,
    Infinity,
  );

  const agencies = all
    .filter((f) => f.entity.label === 'Agency')
    .map((f) => ({ f, read: new Set(responsible(f.node, f.doc.document).map((r) => String(r.properties.role))) }));
  const goldRoles = agencies.flatMap(({ f, read }) => rolesOf(f.entity).map((role) => ({ f, role, read })));
  const rolesRead = agencies.flatMap(({ f, read }) => [...read].map((role) => ({ f, role })));
  const roles = {
    recall: measure(
      goldRoles,
      ({ role, read }) => read.has(role),
      ({ f, role, read }) => `${where(f)}: ${role}, read ${[...read].join('+') || 'none'}`,
      Infinity,
    ),
    precision: measure(
      rolesRead,
      ({ f, role }) => rolesOf(f.entity).includes(role),
      ({ f, role }) => `${where(f)}: read ${role}, gold ${rolesOf(f.entity).join('+') || 'none'}`,
      Infinity,
    ),
  };

  const projects = all.filter((f) => f.entity.label === 'EngineeringProject');
  const parents = (f: Found) =>
    partOf(f.node, f.doc.document)
      .map((r) => byId.get(r.to))
      .filter((n): n is GraphNode => !!n);
  const inside = projects.filter((f) => stringProp(f.entity, 'partOf'));
  const edges = projects.flatMap((f) => parents(f).map((parent) => ({ f, parent })));
  const partOfScore = {
    recall: measure(
      inside,
      (f) => parents(f).some((p) => namesMatch([stringProp(f.entity, 'partOf')!], namesOf(p))),
      (f) =>
        `${where(f)} → ${stringProp(f.entity, 'partOf')}, read ${
          parents(f)
            .map((p) => p.name)
            .join('+') || 'none'
        }`,
      Infinity,
    ),
    precision: measure(
      edges,
      ({ f, parent }) => !!stringProp(f.entity, 'partOf') && namesMatch([stringProp(f.entity, 'partOf')!], namesOf(parent)),
      ({ f, parent }) => `${where(f)} → read ${parent.name}, gold ${stringProp(f.entity, 'partOf') ?? 'none'}`,
      Infinity,
    ),
  };
  return { level, roles, partOf: partOfScore };
}

/** Per split (tune, holdout) and over all documents. */
export function scoreEntityAttributes(graph: Graph, gold: CorpusGold[]): Record<string, AttributeScores> {
  const same = entityMatcher(new Locator(graph));
  const out: Record<string, AttributeScores> = { all: scoreAttributes(graph, gold, same) };
  for (const split of [...new Set(gold.map((g) => g.split))])
    out[split] = scoreAttributes(
      graph,
      gold.filter((g) => g.split === split),
      same,
    );
  return out;
}

const pct = (m: Measure) => `${(m.ratio * 100).toFixed(1).padStart(5)}% ${`(${m.hit}/${m.total})`.padEnd(11)}`;

/** One row per split: level accuracy, role recall / precision, PART_OF recall / precision. */
export function formatEntityAttributes(r: Record<string, AttributeScores>): string {
  return Object.entries(r)
    .map(
      ([split, s]) =>
        `${split.padEnd(8)} level ${pct(s.level)} roles R ${pct(s.roles.recall)} P ${pct(s.roles.precision)} partOf R ${pct(s.partOf.recall)} P ${pct(s.partOf.precision)}`,
    )
    .join('\n');
}
