import { gql } from '../api';
import { Quote } from '../components/Quote';
import { Status } from '../components/Status';
import { attainmentText, TimeAxis, type TimelinePoint } from '../components/TimeAxis';
import { formatNumber } from '../format';
import { href, nodeHref } from '../router';
import { useData } from '../use-data';
import { NODE, SPAN, type NodeRef } from './fragments';

// An indicator's targets and reported values on a time axis, attainment marked, with a table
// of the same points, each quoting its sentence.

const INDICATOR = `query IndicatorTimeline($id: ID!) {
  node(id: $id) {
    ${NODE}
    ... on Indicator {
      unit aliases
      timeline {
        kind period value unit raw comparator qualifier
        source { ${SPAN} }
        attainment { status ratio actual { period value unit } }
        task { ${NODE} } result { ${NODE} }
      }
    }
  }
}`;

type Point = TimelinePoint & { task?: NodeRef | null; result?: NodeRef | null };
interface IndicatorData {
  id: string;
  name: string;
  label: string;
  unit?: string | null;
  aliases?: string[];
  timeline?: Point[];
}

export function IndicatorView({ id }: { id: string }) {
  const data = useData(() => gql<{ node: IndicatorData | null }>(INDICATOR, { id }), [id]);
  return (
    <Status data={data}>
      {({ node }) => (node && node.timeline ? <Indicator ind={node} /> : <p className="status error">No indicator with id {id}.</p>)}
    </Status>
  );
}

function Indicator({ ind }: { ind: IndicatorData }) {
  const points = ind.timeline ?? [];
  const units = [...new Set(points.map((p) => p.unit ?? ind.unit ?? ''))];
  return (
    <article className="indicator">
      <p className="badge">Indicator</p>
      <h1>{ind.name}</h1>
      <p>
        Unit: <strong>{ind.unit ?? '—'}</strong>
        {ind.aliases?.length ? ` · also written ${ind.aliases.join('、')}` : ''} · <a href={href('node', ind.id)}>entity page</a> ·{' '}
        <a href={href('lineage', undefined, { indicator: ind.name })}>lineage through this indicator</a>
      </p>
      {points.length === 0 && <p className="status">No targets or reported values.</p>}
      {units.map((u) => (
        <TimeAxis key={u} unit={u || '(no unit)'} points={points.filter((p) => (p.unit ?? ind.unit ?? '') === u)} />
      ))}
      <table className="points">
        <thead>
          <tr>
            <th>Period</th>
            <th>Kind</th>
            <th>Value</th>
            <th>Attainment</th>
            <th>From</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i} className={p.kind.toLowerCase()}>
              <td>{p.period}</td>
              <td>{p.kind === 'TARGET' ? 'target' : 'reported'}</td>
              <td>
                {p.comparator === 'AT_LEAST' ? '≥ ' : p.comparator === 'AT_MOST' ? '≤ ' : p.comparator === 'ABOUT' ? '≈ ' : ''}
                {p.qualifier ?? ''}
                {formatNumber(p.value)} {p.unit ?? ''}
                {p.raw && <span className="raw"> ({p.raw})</span>}
              </td>
              <td>{attainmentText(p)}</td>
              <td>
                {(p.task ?? p.result) && <a href={nodeHref((p.task ?? p.result)!)}>{(p.task ?? p.result)!.name}</a>}
                <Quote span={p.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
