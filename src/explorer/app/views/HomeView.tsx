import { gql } from '../api';
import { Status } from '../components/Status';
import { formatNumber } from '../format';
import { href } from '../router';
import { useData } from '../use-data';

// Where to start: what the graph holds, its plans, documents and indicators, lineage by year.

const HOME = `query Home {
  stats { nodesByLabel { key count } byDomainYear { year } }
  plans(first: 100, sort: { field: YEAR, direction: DESC }) { totalCount nodes { id name year kind } }
  documents(first: 100) { totalCount nodes { id title kind period } }
  indicators(first: 100, sort: { field: NAME }) { totalCount nodes { id name unit } }
}`;

export function HomeView() {
  const data = useData(() => gql<any>(HOME), []);
  return (
    <Status data={data}>
      {(d) => {
        const years: number[] = [
          ...new Set<number>(d.stats.byDomainYear.map((r: any) => r.year).filter((y: number | null) => y !== null)),
        ].sort();
        const pairs = years.slice(0, -1).map((y, i) => [y, years[i + 1]]);
        return (
          <article className="home">
            <h1>PlanGraph explorer</h1>
            <p className="counts">
              {d.stats.nodesByLabel.map((c: any) => (
                <span key={c.key}>
                  {c.key} <strong>{formatNumber(c.count)}</strong>
                </span>
              ))}
            </p>
            <section>
              <h2>Lineage</h2>
              <p>
                {pairs.map(([a, b]) => (
                  <a key={a} className="button" href={href('lineage', undefined, { from: a, to: b })}>
                    tasks {a} → results {b}
                  </a>
                ))}
              </p>
            </section>
            <div className="columns">
              <section>
                <h2>Plans ({d.plans.totalCount})</h2>
                <ul>
                  {d.plans.nodes.map((p: any) => (
                    <li key={p.id}>
                      <a href={href('plan', p.id)}>{p.name}</a>{' '}
                      <span className="muted">{[p.year, p.kind].filter(Boolean).join(' · ')}</span>
                    </li>
                  ))}
                </ul>
              </section>
              <section>
                <h2>Documents ({d.documents.totalCount})</h2>
                <ul>
                  {d.documents.nodes.map((doc: any) => (
                    <li key={doc.id}>
                      <a href={href('document', doc.id)}>{doc.title}</a>{' '}
                      <span className="muted">{[doc.kind, doc.period].filter(Boolean).join(' · ')}</span>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
            <section>
              <h2>Indicators ({d.indicators.totalCount})</h2>
              <ul className="chips">
                {d.indicators.nodes.map((i: any) => (
                  <li key={i.id}>
                    <a href={href('indicator', i.id)}>{i.name}</a>
                  </li>
                ))}
              </ul>
              {d.indicators.totalCount > d.indicators.nodes.length && <p className="muted">Search for the others.</p>}
            </section>
          </article>
        );
      }}
    </Status>
  );
}
