import { getNamedType } from 'graphql';
import { gql, queryField, schema } from '../api';
import { GenericValue } from '../components/GenericValue';
import { Status } from '../components/Status';
import { selectionFor } from '../generic-selection';
import { href, nodeHref } from '../router';
import { useData } from '../use-data';
import { NODE, type NodeRef } from './fragments';

// A plan as a tree (plan → engineering projects → tasks, and tasks outside any project), its
// higher, lower, earlier and later plans, and its diff against the plan it succeeds when the
// server offers `planDiff` (an older server says so instead of failing).

const PLAN = `query PlanTree($id: ID!) {
  node(id: $id) {
    ${NODE}
    ... on Plan {
      year kind period level docNumber issueDate taskCount projectCount
      implements { ${NODE} } implementedBy { ${NODE} } succeeds { ${NODE} } succeededBy { ${NODE} }
      partOf { ${NODE} } parts { ${NODE} } documents { ${NODE} }
      projects { ${NODE} ordinal tasks { ${NODE} } }
      tasks { ${NODE} project { id } }
    }
  }
}`;

type Plan = NodeRef & Record<string, any>;

type Diff = { state: 'unavailable' } | { state: 'none' } | { state: 'ready'; against: NodeRef; value: unknown };

async function loadDiff(plan: Plan): Promise<Diff> {
  const s = await schema();
  const field = queryField(s, 'planDiff');
  if (!field) return { state: 'unavailable' };
  const previous: NodeRef | undefined = plan.succeeds?.[0];
  if (!previous) return { state: 'none' };
  const [fromArg, toArg] = [field.args.find((a) => a.name === 'from'), field.args.find((a) => a.name === 'to')];
  if (!fromArg || !toArg) return { state: 'unavailable' };
  const byId = getNamedType(fromArg.type).name === 'ID';
  const argType = fromArg.type.toString();
  // An explicit selection: a generated one two levels deep costs far more than the server allows.
  const quote = 'text document { id }';
  const selection = (getNamedType(field.type) as { getFields?: () => Record<string, unknown> }).getFields?.().tasks
    ? `newTasks continuedTasks droppedTasks
       tasks { status score hops from { id name } to { id name } evidence { ${quote} } }
       projects { status matchedBy from { id name } to { id name } }
       targets { status ratio indicator { id name } from { value unit sources { ${quote} } } to { value unit sources { ${quote} } } }`
    : selectionFor(getNamedType(field.type), 1) || '__typename';
  const query = `query PlanDiff($from: ${argType}, $to: ${toArg.type.toString()}) { planDiff(from: $from, to: $to) { ${selection} } }`;
  const data = await gql<{ planDiff: unknown }>(query, byId ? { from: previous.id, to: plan.id } : { from: previous.name, to: plan.name });
  return { state: 'ready', against: previous, value: data.planDiff };
}

// The tasks under one branch of the plan's tree (a project's, or those outside any project).
const TaskItems = ({ tasks }: { tasks: NodeRef[] }) => (
  <ul role="group">
    {tasks.map((t) => (
      <li key={t.id} role="treeitem">
        <a href={nodeHref(t)} className="tree-label task-node">
          {t.name}
        </a>
      </li>
    ))}
  </ul>
);

const Links = ({ title, nodes }: { title: string; nodes?: NodeRef[] }) =>
  nodes?.length ? (
    <div className="related">
      <h3>{title}</h3>
      <ul>
        {nodes.map((n) => (
          <li key={n.id}>
            <a href={n.label === 'Plan' ? href('plan', n.id) : nodeHref(n)}>{n.name}</a>
          </li>
        ))}
      </ul>
    </div>
  ) : null;

export function PlanView({ id }: { id: string }) {
  const data = useData(() => gql<{ node: Plan | null }>(PLAN, { id }), [id]);
  return (
    <Status data={data}>
      {({ node }) => (node?.label === 'Plan' ? <PlanPage plan={node} /> : <p className="status error">No plan with id {id}.</p>)}
    </Status>
  );
}

function PlanPage({ plan }: { plan: Plan }) {
  const diff = useData(() => loadDiff(plan), [plan.id]);
  const projectTasks = new Set((plan.projects ?? []).flatMap((p: any) => p.tasks.map((t: NodeRef) => t.id)));
  const loose = (plan.tasks ?? []).filter((t: NodeRef) => !projectTasks.has(t.id));
  const facts = [
    plan.year && `year ${plan.year}`,
    plan.kind,
    plan.level,
    plan.period,
    plan.docNumber,
    plan.issueDate && `issued ${plan.issueDate}`,
  ].filter(Boolean);
  return (
    <article className="plan">
      <p className="badge">Plan</p>
      <h1>{plan.name}</h1>
      <p>
        {facts.join(' · ')} · <a href={href('node', plan.id)}>entity page</a>
      </p>
      <div className="related-grid">
        <Links title="Carries out (higher plans)" nodes={plan.implements} />
        <Links title="Carried out by" nodes={plan.implementedBy} />
        <Links title="Part of" nodes={plan.partOf} />
        <Links title="Parts" nodes={plan.parts} />
        <Links title="Succeeds (previous plan)" nodes={plan.succeeds} />
        <Links title="Succeeded by (next plan)" nodes={plan.succeededBy} />
        <Links title="Documents" nodes={plan.documents} />
      </div>
      <h2>Structure</h2>
      <ul className="tree" role="tree">
        <li role="treeitem" aria-expanded="true">
          <span className="tree-label plan-node">{plan.name}</span>{' '}
          <span className="muted">
            {plan.projects.length} projects, {plan.tasks.length} tasks
          </span>
          <ul role="group">
            {plan.projects.map((p: any) => (
              <li key={p.id} role="treeitem">
                <details open={plan.projects.length <= 8}>
                  <summary>
                    <a href={nodeHref(p)} className="tree-label project-node">
                      {p.name}
                    </a>{' '}
                    <span className="muted">{p.tasks.length} tasks</span>
                  </summary>
                  <TaskItems tasks={p.tasks} />
                </details>
              </li>
            ))}
            {loose.length > 0 && (
              <li role="treeitem">
                <details open>
                  <summary>
                    <span className="tree-label">Tasks outside any project</span> <span className="muted">{loose.length}</span>
                  </summary>
                  <TaskItems tasks={loose} />
                </details>
              </li>
            )}
          </ul>
        </li>
      </ul>
      <h2>Plan diff</h2>
      <div className="plan-diff">
        <Status data={diff}>
          {(d) =>
            d.state === 'unavailable' ? (
              <p className="status">
                plan diff: not available from this server (its schema has no <code>planDiff</code>).
              </p>
            ) : d.state === 'none' ? (
              <p className="status">No previous plan in the series to compare with.</p>
            ) : (
              <>
                <p>
                  Against <a href={href('plan', d.against.id)}>{d.against.name}</a>:
                </p>
                <GenericValue value={d.value} />
              </>
            )
          }
        </Status>
      </div>
    </article>
  );
}
