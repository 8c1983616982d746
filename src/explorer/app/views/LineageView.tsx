import { useMemo, useState } from 'react';
import { gql, listShape, queryField, schema } from '../api';
import { Quotes, type Span } from '../components/Quote';
import { Status } from '../components/Status';
import { formatScore } from '../format';
import { href, nodeHref } from '../router';
import { useData, type Loaded } from '../use-data';
import { NODE, SPAN, type NodeRef } from './fragments';

// Which tasks of one year led to which results of another: tasks on the left, results on the
// right, each link labelled by its basis and score. Indicator and platform filter on the server
// (lineage's own arguments); project filters the links drawn. Clicking a link shows its evidence.

/** Where along a link its label sits: near whichever end has fewer links, where they fan out. */
const labelAt = (taskLinks: number, resultLinks: number) => (taskLinks > resultLinks ? 0.75 : 0.25);
/** A point of a cubic Bézier curve at t, one coordinate at a time. */
const bezier = (p0: number, p1: number, p2: number, p3: number, t: number) =>
  (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3;

interface Link {
  basis: string;
  score: number;
  via?: NodeRef | null;
  task: NodeRef & { project?: { id: string; name: string } | null };
  result: NodeRef;
  evidence: Span[];
}

interface Choices {
  years: number[];
  /** the consecutive years with the most tasks before and results after: the default pair */
  busiest: [number, number] | null;
  indicators: string[];
  platforms: string[];
}

const CHOICES = `query LineageChoices {
  stats { byDomainYear { year label count } }
  indicators(first: 100, sort: { field: NAME }) { nodes { name } }
  platforms(first: 100, sort: { field: NAME }) { nodes { name } }
}`;

async function loadLinks(from: number, to: number, indicator: string, platform: string): Promise<Link[]> {
  const shape = listShape(queryField(await schema(), 'lineage'));
  const inner = `basis score via { ${NODE} } task { ${NODE} project { id name } } result { ${NODE} } evidence { ${SPAN} }`;
  const query = `query Lineage($from: Int!, $to: Int!, $indicator: String, $platform: String) {
    lineage(fromYear: $from, toYear: $to, indicator: $indicator, platform: $platform, first: 100) { ${shape.wrap(inner)} }
  }`;
  const data = await gql<{ lineage: unknown }>(query, { from, to, indicator: indicator || null, platform: platform || null });
  return shape.unwrap(data.lineage) as Link[];
}

export function LineageView({ params }: { params: URLSearchParams }) {
  const choices = useData(async () => {
    const d = await gql<any>(CHOICES);
    const rows: { year: number | null; label: string; count: number }[] = d.stats.byDomainYear;
    const years = [...new Set<number>(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort();
    const count = (label: string, year: number) =>
      rows.filter((r) => r.label === label && r.year === year).reduce((n, r) => n + r.count, 0);
    let busiest: [number, number] | null = null;
    let best = 0;
    for (const y of years) {
      const pairs = Math.min(count('Task', y), count('Result', y + 1));
      if (pairs > best) [best, busiest] = [pairs, [y, y + 1]];
    }
    return {
      years,
      busiest,
      indicators: d.indicators.nodes.map((n: any) => n.name),
      platforms: d.platforms.nodes.map((n: any) => n.name),
    } as Choices;
  }, []);
  if (!params.has('from')) {
    // No year pair asked for: the consecutive years with the most tasks before and results after.
    return (
      <Status data={choices}>
        {(c) => {
          const next = new URLSearchParams(params);
          const [from, to] = c.busiest ?? [c.years[0] ?? new Date().getFullYear() - 1, (c.years[0] ?? new Date().getFullYear() - 1) + 1];
          next.set('from', String(from));
          next.set('to', String(to));
          return <Lineage params={next} choices={choices} />;
        }}
      </Status>
    );
  }
  return <Lineage params={params} choices={choices} />;
}

function Lineage({ params, choices }: { params: URLSearchParams; choices: Loaded<Choices> }) {
  const from = Number(params.get('from'));
  const to = Number(params.get('to') ?? from + 1);
  const indicator = params.get('indicator') ?? '';
  const platform = params.get('platform') ?? '';
  const project = params.get('project') ?? '';
  const links = useData(() => loadLinks(from, to, indicator, platform), [from, to, indicator, platform]);
  const go = (change: Record<string, string | number>) => {
    location.hash = href('lineage', undefined, { from, to, indicator, platform, project, ...change });
  };
  return (
    <article className="lineage">
      <h1>
        Lineage: tasks of {from} → results of {to}
      </h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Tasks of{' '}
          <select name="from" value={from} onChange={(e) => go({ from: Number(e.target.value) })}>
            {(choices.state === 'ready' ? choices.value.years : [from]).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          results of{' '}
          <select name="to" value={to} onChange={(e) => go({ to: Number(e.target.value) })}>
            {(choices.state === 'ready' ? choices.value.years : [to]).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          Indicator{' '}
          <select name="indicator" value={indicator} onChange={(e) => go({ indicator: e.target.value })}>
            <option value="">any</option>
            {(choices.state === 'ready' ? choices.value.indicators : indicator ? [indicator] : []).map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          Platform{' '}
          <select name="platform" value={platform} onChange={(e) => go({ platform: e.target.value })}>
            <option value="">any</option>
            {(choices.state === 'ready' ? choices.value.platforms : platform ? [platform] : []).map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      </form>
      <Status data={links}>{(all) => <LinkGraph links={all} project={project} onProject={(p) => go({ project: p })} />}</Status>
    </article>
  );
}

function LinkGraph({ links: all, project, onProject }: { links: Link[]; project: string; onProject: (p: string) => void }) {
  const [selected, setSelected] = useState<number | null>(null);
  const projects = useMemo(() => {
    const m = new Map<string, string>();
    for (const l of all) if (l.task.project) m.set(l.task.project.id, l.task.project.name);
    return [...m];
  }, [all]);
  const links = project ? all.filter((l) => l.task.project?.id === project || (l.basis === 'PROJECT' && l.via?.id === project)) : all;
  const tasks = [...new Map(links.map((l) => [l.task.id, l.task])).values()];
  const results = [...new Map(links.map((l) => [l.result.id, l.result])).values()];
  const ROW = 36;
  const W = 760;
  const BOX = 250;
  const H = Math.max(tasks.length, results.length) * ROW + 20;
  const ty = new Map(tasks.map((t, i) => [t.id, 10 + i * ROW + ROW / 2]));
  const ry = new Map(results.map((r, i) => [r.id, 10 + i * ROW + ROW / 2]));
  const degree = new Map<string, number>();
  for (const l of links) for (const end of [l.task.id, l.result.id]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const short = (s: string) => (s.length > 17 ? `${s.slice(0, 16)}…` : s);
  const chosen = selected !== null ? links[selected] : null;
  return (
    <>
      <label className="project-filter">
        Project{' '}
        <select name="project" value={project} onChange={(e) => onProject(e.target.value)}>
          <option value="">any</option>
          {projects.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <p>
        {links.length} links from {tasks.length} tasks to {results.length} results{project ? ' in the chosen project' : ''}. Click a link
        for its evidence, a box for its page.
      </p>
      {links.length === 0 && (
        <p className="status">No links between these years{project ? ' in this project' : ''}; try another pair or filter.</p>
      )}
      {links.length > 0 && (
        <svg className="lineage-graph" viewBox={`0 0 ${W} ${H}`} data-links={links.length} role="img" aria-label="Lineage links">
          {links.map((l, i) => {
            const y1 = ty.get(l.task.id)!;
            const y2 = ry.get(l.result.id)!;
            const x1 = BOX;
            const x2 = W - BOX;
            const mid = (x1 + x2) / 2;
            const at = labelAt(degree.get(l.task.id)!, degree.get(l.result.id)!);
            return (
              <g
                key={i}
                className={`link basis-${l.basis.toLowerCase()}${selected === i ? ' selected' : ''}`}
                onClick={() => setSelected(i)}
                data-basis={l.basis}
              >
                <title>{`${l.task.name} → ${l.result.name}: ${l.basis}, score ${formatScore(l.score)}`}</title>
                <path d={`M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`} />
                <path className="hit" d={`M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`} />
                <text
                  x={bezier(x1, mid, mid, x2, at)}
                  y={bezier(y1, y1, y2, y2, at) - 3}
                  textAnchor="middle"
                >{`${l.basis} ${formatScore(l.score)}`}</text>
              </g>
            );
          })}
          {tasks.map((t) => (
            <a key={t.id} href={nodeHref(t)} className="box task">
              <title>{t.name}</title>
              <rect x={2} y={ty.get(t.id)! - 14} width={BOX - 4} height={28} rx={4} />
              <text x={10} y={ty.get(t.id)! + 5}>
                {short(t.name)}
              </text>
            </a>
          ))}
          {results.map((r) => (
            <a key={r.id} href={nodeHref(r)} className="box result">
              <title>{r.name}</title>
              <rect x={W - BOX + 2} y={ry.get(r.id)! - 14} width={BOX - 4} height={28} rx={4} />
              <text x={W - BOX + 10} y={ry.get(r.id)! + 5}>
                {short(r.name)}
              </text>
            </a>
          ))}
        </svg>
      )}
      {chosen && (
        <section className="evidence" aria-live="polite">
          <h2>
            <a href={nodeHref(chosen.task)}>{chosen.task.name}</a> → <a href={nodeHref(chosen.result)}>{chosen.result.name}</a>
          </h2>
          <p>
            Basis <strong>{chosen.basis}</strong>, score <strong>{formatScore(chosen.score)}</strong>
            {chosen.via && (
              <>
                , via <a href={nodeHref(chosen.via)}>{chosen.via.name}</a>
              </>
            )}
          </p>
          <Quotes spans={chosen.evidence} max={6} />
        </section>
      )}
    </>
  );
}
