import { useMemo } from 'react';
import { gql } from '../api';
import { NeighbourhoodGraph, type GraphEdge, type GraphNode } from '../components/NeighbourhoodGraph';
import { Quotes, type Span } from '../components/Quote';
import { Status } from '../components/Status';
import { formatNumber, formatScore, withUnit } from '../format';
import { href, nodeHref } from '../router';
import { colourOf } from '../theme';
import { useData } from '../use-data';
import { NODE, SPAN, type NodeRef } from './fragments';

// Any node's page: what it is (properties, quoted), every relationship as a fact with the
// sentences it was read from, and its neighbourhood as a graph to click through.

const ENTITY = `query Entity($id: ID!) {
  node(id: $id) {
    ${NODE} aliases properties sources { ${SPAN} }
    ... on Plan {
      implements { ${NODE} } implementedBy { ${NODE} } succeeds { ${NODE} } succeededBy { ${NODE} }
      partOf { ${NODE} } parts { ${NODE} } projects { ${NODE} } documents { ${NODE} }
      responsibilities { role agency { ${NODE} } sources { ${SPAN} } }
    }
    ... on EngineeringProject {
      plan { ${NODE} } tasks { ${NODE} sources { ${SPAN} } } platforms { ${NODE} }
      responsibilities { role agency { ${NODE} } sources { ${SPAN} } }
    }
    ... on Task {
      plan { ${NODE} } project { ${NODE} } platforms { ${NODE} }
      responsibilities { role agency { ${NODE} } sources { ${SPAN} } }
      targets { indicator { ${NODE} } value unit raw period sources { ${SPAN} } }
      ledTo { basis score via { ${NODE} } result { ${NODE} } evidence { ${SPAN} } }
      continuedBy { basis score to { ${NODE} } evidence { ${SPAN} } }
      continues { basis score from { ${NODE} } evidence { ${SPAN} } }
    }
    ... on Result {
      plan { ${NODE} } platforms { ${NODE} }
      measured { indicator { ${NODE} } value unit raw year qualifier sources { ${SPAN} } }
      ledFrom { basis score via { ${NODE} } task { ${NODE} } evidence { ${SPAN} } }
    }
    ... on Indicator {
      targets { task { ${NODE} } value unit raw period sources { ${SPAN} } }
      measurements { result { ${NODE} } value unit raw year qualifier sources { ${SPAN} } }
    }
    ... on Platform { related { ${NODE} } projects { ${NODE} } tasks { ${NODE} } results { ${NODE} } }
    ... on Agency { responsibilities { role subject { ${NODE} } sources { ${SPAN} } } }
    ... on Document { plans { ${NODE} } }
  }
}`;

/** One relationship of the node: the node at the other end, how it is related, and the quotes. */
export interface Fact {
  relation: string;
  other: NodeRef;
  /** true when the relationship points from this node to the other one */
  outgoing: boolean;
  detail?: string;
  quotes: Span[];
}

type Raw = Record<string, any>;

const one = (v: unknown): NodeRef[] => (v ? [v as NodeRef] : []);

/** Every relationship the page fetched, as facts (the graph and the lists are drawn from these). */
export function factsOf(n: Raw): Fact[] {
  const facts: Fact[] = [];
  const plain = (relation: string, others: NodeRef[], outgoing: boolean) =>
    others.forEach((o: any) => facts.push({ relation, other: o, outgoing, quotes: o.sources ?? [] }));
  plain('IMPLEMENTS', n.implements ?? [], true);
  plain('IMPLEMENTS', n.implementedBy ?? [], false);
  plain('SUCCEEDS', n.succeeds ?? [], true);
  plain('SUCCEEDS', n.succeededBy ?? [], false);
  plain('PART_OF', n.partOf ?? [], true);
  plain('PART_OF', n.parts ?? [], false);
  plain('HAS_PROJECT', n.projects ?? [], n.__typename === 'Plan');
  plain('DESCRIBES', n.documents ?? [], false);
  plain('DESCRIBES', n.__typename === 'Document' ? (n.plans ?? []) : [], true);
  plain(n.__typename === 'Task' ? 'HAS_TASK' : 'HAS_PROJECT', one(n.__typename !== 'Platform' ? n.plan : null), false);
  plain('HAS_TASK', one(n.project), false);
  plain('HAS_TASK', n.__typename === 'EngineeringProject' ? (n.tasks ?? []) : [], true);
  plain('INVOLVES', n.__typename === 'Platform' ? [] : (n.platforms ?? []), true);
  if (n.__typename === 'Platform') {
    plain('RELATED_TO', n.related ?? [], true);
    plain('INVOLVES', [...(n.projects ?? []), ...(n.tasks ?? []), ...(n.results ?? [])], false);
  }
  for (const r of n.responsibilities ?? []) {
    const agencyPage = n.__typename === 'Agency';
    facts.push({
      relation: 'RESPONSIBLE_FOR',
      other: agencyPage ? r.subject : r.agency,
      outgoing: agencyPage,
      detail: r.role ?? undefined,
      quotes: r.sources,
    });
  }
  for (const t of n.targets ?? []) {
    const indicatorPage = n.__typename === 'Indicator';
    const value = `${t.raw ?? withUnit(t.value, t.unit)}${t.period ? ` by ${t.period}` : ''}`;
    facts.push({
      relation: 'SETS_TARGET',
      other: indicatorPage ? t.task : t.indicator,
      outgoing: !indicatorPage,
      detail: value,
      quotes: t.sources,
    });
  }
  for (const m of [...(n.measured ?? []), ...(n.measurements ?? [])]) {
    const indicatorPage = n.__typename === 'Indicator';
    const value = `${m.qualifier ?? ''}${m.raw ?? withUnit(m.value, m.unit)}${m.year ? ` (${m.year})` : ''}`;
    facts.push({
      relation: 'MEASURED',
      other: indicatorPage ? m.result : m.indicator,
      outgoing: !indicatorPage,
      detail: value,
      quotes: m.sources,
    });
  }
  const link = (basis: string, score: number, via?: NodeRef | null) =>
    `${basis} · score ${formatScore(score)}${via ? ` · via ${via.name}` : ''}`;
  for (const l of n.ledTo ?? [])
    facts.push({ relation: 'LED_TO', other: l.result, outgoing: true, detail: link(l.basis, l.score, l.via), quotes: l.evidence });
  for (const l of n.ledFrom ?? [])
    facts.push({ relation: 'LED_TO', other: l.task, outgoing: false, detail: link(l.basis, l.score, l.via), quotes: l.evidence });
  for (const c of n.continuedBy ?? [])
    facts.push({ relation: 'CONTINUED_BY', other: c.to, outgoing: true, detail: link(c.basis, c.score), quotes: c.evidence });
  for (const c of n.continues ?? [])
    facts.push({ relation: 'CONTINUED_BY', other: c.from, outgoing: false, detail: link(c.basis, c.score), quotes: c.evidence });
  return facts.filter((f) => f.other);
}

const MAX_DRAWN = 60;

function graphOf(n: Raw, facts: Fact[]): { center: GraphNode; nodes: GraphNode[]; edges: GraphEdge[] } {
  const drawn = facts.slice(0, MAX_DRAWN);
  return {
    center: { id: n.id, name: n.name, label: n.label },
    nodes: drawn.map((f) => ({ id: f.other.id, name: f.other.name, label: f.other.label })),
    edges: drawn.map((f) =>
      f.outgoing ? { from: n.id, to: f.other.id, type: f.relation } : { from: f.other.id, to: n.id, type: f.relation },
    ),
  };
}

const SPECIAL: Record<string, { view: string; text: string }> = {
  Indicator: { view: 'indicator', text: 'Timeline of targets and reported values →' },
  Plan: { view: 'plan', text: 'Plan structure, related plans and diff →' },
  Document: { view: 'document', text: 'Read the document with every extracted span →' },
};

function Properties({ properties }: { properties: Record<string, unknown> }) {
  const rows = Object.entries(properties).filter(([k, v]) => v !== null && v !== '' && k !== 'name' && typeof v !== 'object');
  if (!rows.length) return null;
  return (
    <dl className="props">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{typeof v === 'number' ? formatNumber(v) : String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function EntityView({ id }: { id: string }) {
  const data = useData(() => gql<{ node: Raw | null }>(ENTITY, { id }), [id]);
  return <Status data={data}>{({ node }) => (node ? <Entity n={node} /> : <p className="status error">No node with id {id}.</p>)}</Status>;
}

function Entity({ n }: { n: Raw }) {
  const facts = useMemo(() => factsOf(n), [n]);
  const graph = useMemo(() => graphOf(n, facts), [n, facts]);
  const groups = useMemo(() => {
    const g = new Map<string, Fact[]>();
    for (const f of facts) {
      const key = `${f.outgoing ? '' : '← '}${f.relation}`;
      g.set(key, [...(g.get(key) ?? []), f]);
    }
    return [...g];
  }, [facts]);
  const special = SPECIAL[n.label];
  return (
    <article className="entity">
      <p className="badge" style={{ background: colourOf(n.label) }}>
        {n.label}
      </p>
      <h1>{n.name}</h1>
      {n.aliases?.length > 0 && <p className="aliases">Also written: {n.aliases.join('、')}</p>}
      {special && (
        <p>
          <a className="button" href={href(special.view, n.id)}>
            {special.text}
          </a>
        </p>
      )}
      <Properties properties={n.properties ?? {}} />
      <h2>Where it was read ({n.sources.length})</h2>
      <Quotes spans={n.sources} max={5} />
      <h2>Neighbourhood</h2>
      {facts.length ? (
        <>
          <NeighbourhoodGraph center={graph.center} nodes={graph.nodes} edges={graph.edges} />
          {facts.length > MAX_DRAWN && (
            <p className="more">
              The graph draws the first {MAX_DRAWN} of {facts.length} relationships; all are listed below.
            </p>
          )}
        </>
      ) : (
        <p className="status">No relationships.</p>
      )}
      <h2>Facts ({facts.length})</h2>
      {groups.map(([key, list]) => (
        <section key={key} className="facts">
          <h3>
            {key} ({list.length})
          </h3>
          <ul>
            {list.map((f, i) => (
              <li key={i} className="fact">
                <a href={nodeHref(f.other)} className="node-link" style={{ borderColor: colourOf(f.other.label) }}>
                  {f.other.name}
                </a>{' '}
                <span className="kind">{f.other.label}</span>
                {f.detail && <span className="detail"> · {f.detail}</span>}
                <Quotes spans={f.quotes} max={2} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
