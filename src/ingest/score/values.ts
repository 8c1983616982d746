import type { Graph, GraphNode, GraphRelationship } from '../../model';
import type { GoldDocument, GoldValue } from './gold';
import { measure, type Measure } from './measure';
import { namesMatch } from './names';

// Values: a target (SETS_TARGET) or a reported figure (MEASURED) counts when its indicator
// (alias-tolerant), number, year and kind agree with a gold value of the same document.

interface GraphValue {
  documents: string[];
  kind: 'TARGET' | 'ACTUAL';
  value: number;
  year?: number;
  indicator: string[];
  raw: string;
}

const yearIn = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const m = typeof v === 'string' ? /^(\d{4})/.exec(v) : null;
  return m ? Number(m[1]) : undefined;
};

function toValue(r: GraphRelationship, nodes: Map<string, GraphNode>): GraphValue | undefined {
  const indicator = nodes.get(r.to);
  const fact = nodes.get(r.from);
  if (!indicator || typeof r.properties.value !== 'number') return undefined;
  const p = r.properties;
  return {
    documents: [...new Set([...r.sources, ...(fact?.sources ?? [])].map((s) => s.document))],
    kind: r.type === 'SETS_TARGET' ? 'TARGET' : 'ACTUAL',
    value: p.value as number,
    year: yearIn(p.year) ?? yearIn(p.period) ?? yearIn(p.asOf) ?? yearIn(fact?.properties.year) ?? yearIn(fact?.properties.period),
    indicator: [indicator.name, ...indicator.aliases],
    raw: r.sources[0]?.text ?? String(p.raw ?? p.value),
  };
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function scoreValues(graph: Graph, gold: GoldDocument[]): { recall: Measure; precision: Measure } {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const values = graph.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => toValue(r, nodes))
    .filter((v): v is GraphValue => v !== undefined);
  const indicatorNames = (doc: GoldDocument, g: GoldValue) => [
    g.indicator,
    ...doc.entities.filter((e) => e.label === 'Indicator' && e.name === g.indicator).flatMap((e) => e.aliases ?? []),
  ];
  const agree = (doc: GoldDocument, g: GoldValue, v: GraphValue) =>
    v.documents.includes(doc.document) &&
    v.kind === g.kind &&
    sameNumber(v.value, g.value) &&
    v.year === g.year &&
    namesMatch(indicatorNames(doc, g), v.indicator);

  const wanted = gold.flatMap((doc) => doc.values.map((value) => ({ doc, value })));
  const recall = measure(
    wanted,
    ({ doc, value }) => values.some((v) => agree(doc, value, v)),
    ({ doc, value }) => `${doc.document.slice(0, 3)} ${value.kind} ${value.indicator}=${value.value} (${value.year}) «${value.text}»`,
  );
  const read = gold.flatMap((doc) => values.filter((v) => v.documents.includes(doc.document)).map((value) => ({ doc, value })));
  const precision = measure(
    read,
    ({ doc, value }) => doc.values.some((g) => agree(doc, g, value)),
    ({ doc, value }) =>
      `${doc.document.slice(0, 3)} ${value.kind} ${value.indicator[0]}=${value.value} (${value.year ?? '?'}) «${value.raw}»`,
  );
  return { recall, precision };
}
