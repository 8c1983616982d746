import type { Graph } from '../../model';
import { ENTITY_KINDS, type CorpusGold, type EntityKind } from './corpus-entity-gold';
import { entityMatcher, type EntityMatch } from './entity-match';
import { Locator, readIn } from './locate';
import { measure, type Measure } from './measure';

// Plans, agencies and projects, each scored on its own: recall (gold entities the graph read in
// that document, alias-tolerant) and precision (the graph's entities of that document that the
// gold names), per document and per split, so a bar can be held per kind.

export interface KindScore {
  recall: Measure;
  precision: Measure;
}
export type KindScores = Record<EntityKind, KindScore>;

export interface EntityKindReport {
  /** Per split (tune, holdout) and over all documents. */
  splits: Record<string, KindScores>;
  documents: { document: string; split: string; kinds: KindScores }[];
}

function scoreKind(graph: Graph, gold: CorpusGold[], kind: EntityKind, same: EntityMatch): KindScore {
  const nodes = graph.nodes.filter((n) => n.label === kind);
  const wanted = gold.flatMap((doc) => doc.entities.filter((e) => e.label === kind).map((entity) => ({ doc, entity })));
  const recall = measure(
    wanted,
    ({ doc, entity }) => nodes.some((n) => readIn(n, doc.document) && same(entity, n, doc.document)),
    ({ doc, entity }) => `${doc.document.slice(0, 3)} ${entity.name}`,
    Infinity,
  );
  const read = gold.flatMap((doc) => nodes.filter((n) => readIn(n, doc.document)).map((node) => ({ doc, node })));
  const precision = measure(
    read,
    ({ doc, node }) => doc.entities.some((e) => e.label === kind && same(e, node, doc.document)),
    ({ doc, node }) => `${doc.document.slice(0, 3)} ${node.name}`,
    Infinity,
  );
  return { recall, precision };
}

function scoreKinds(graph: Graph, gold: CorpusGold[]): KindScores {
  const same = entityMatcher(new Locator(graph));
  return Object.fromEntries(ENTITY_KINDS.map((k) => [k, scoreKind(graph, gold, k, same)])) as KindScores;
}

/** Scores the gold documents against a graph built from (at least) those documents. */
export function scoreEntityKinds(graph: Graph, gold: CorpusGold[]): EntityKindReport {
  const splits: Record<string, KindScores> = { all: scoreKinds(graph, gold) };
  for (const split of [...new Set(gold.map((g) => g.split))])
    splits[split] = scoreKinds(
      graph,
      gold.filter((g) => g.split === split),
    );
  const documents = gold.map((g) => ({ document: g.document, split: g.split, kinds: scoreKinds(graph, [g]) }));
  return { splits, documents };
}

const pct = (m: Measure) => `${(m.ratio * 100).toFixed(1).padStart(5)}% ${`(${m.hit}/${m.total})`.padEnd(10)}`;
const row = (name: string, s: KindScores) =>
  `${name.padEnd(10)} ${ENTITY_KINDS.map((k) => `${k.slice(0, 7).padEnd(7)} R ${pct(s[k].recall)} P ${pct(s[k].precision)}`).join('  ')}`;

/** A table for people: one row per split, then one per document. */
export function formatEntityKinds(r: EntityKindReport, perDocument = true): string {
  const lines = Object.entries(r.splits).map(([name, s]) => row(name, s));
  if (perDocument) lines.push(...r.documents.map((d) => row(`${d.document.slice(0, 3)} ${d.split.slice(0, 4)}`, d.kinds)));
  return lines.join('\n');
}
