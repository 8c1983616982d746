import type { Graph, GraphNode } from '../../model';
import type { GoldDocument, GoldEntity } from './gold';
import { readIn } from './locate';
import { measure, type Measure } from './measure';
import { namesMatch } from './names';

// Core entities: label + canonical name, alias-tolerant, read in the gold's document.

export const CORE_LABELS = ['Plan', 'EngineeringProject', 'Platform', 'Agency', 'Indicator'] as const;

const namesOf = (x: { name: string; aliases?: string[] }) => [x.name, ...(x.aliases ?? [])];
const same = (g: GoldEntity, n: GraphNode) => g.label === n.label && namesMatch(namesOf(g), namesOf(n));

export function scoreEntities(graph: Graph, gold: GoldDocument[]): { recall: Measure; precision: Measure } {
  const core = graph.nodes.filter((n) => (CORE_LABELS as readonly string[]).includes(n.label));
  const wanted = gold.flatMap((doc) => doc.entities.map((entity) => ({ doc, entity })));
  const recall = measure(
    wanted,
    ({ doc, entity }) => core.some((n) => readIn(n, doc.document) && same(entity, n)),
    ({ doc, entity }) => `${doc.document.slice(0, 3)} ${entity.label} ${entity.name}`,
  );
  const read = gold.flatMap((doc) => core.filter((n) => readIn(n, doc.document)).map((node) => ({ doc, node })));
  const precision = measure(
    read,
    ({ doc, node }) => doc.entities.some((e) => same(e, node)),
    ({ doc, node }) => `${doc.document.slice(0, 3)} ${node.label} ${node.name}`,
  );
  return { recall, precision };
}
