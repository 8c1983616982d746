import { Period, PLAN_KINDS, PLAN_LEVELS, WORK_MODES, type DocumentRecord, type GraphNode, type NodeLabel } from '../../model';

/**
 * What the GraphQL types resolve from: the stored node with its properties lifted to the top
 * level (core fields win), so `year`, `domain`, `unit` … are plain fields.
 */
export interface NodeView extends GraphNode {
  [property: string]: unknown;
}

/** Years arrive as numbers; a period string like '2025H1' still yields its year. */
function yearOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string') {
    const period = Period.parse(value);
    if (period) return Period.lastYear(period);
    const m = /^(\d{4})/.exec(value);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A full calendar date (YYYY-MM-DD), else undefined: the LocalDate fields show only whole dates. */
const fullDate = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** The month (or, lacking one, the year) of a date as far as the text gives it, as a Period. */
function dateMonth(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const p = Period.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? v.slice(0, 7) : v);
  return p && (p.kind === 'month' || p.kind === 'year') ? Period.format(p) : undefined;
}

/**
 * Fields typed as closed vocabularies (enums): a stored word outside the vocabulary (written by
 * a newer loader) reads as null there and stays visible in `properties`.
 */
const CLOSED: Partial<Record<NodeLabel, Record<string, readonly string[]>>> = {
  Plan: { kind: PLAN_KINDS, level: PLAN_LEVELS },
  Task: { mode: WORK_MODES },
  Result: { mode: WORK_MODES },
};

function closeVocabulary(view: NodeView): NodeView {
  const closed = CLOSED[view.label];
  if (closed)
    for (const [field, values] of Object.entries(closed))
      if (view[field] != null && !values.includes(view[field] as string)) view[field] = undefined;
  return view;
}

// A view is built once per stored record and shared, read-only, by every request that reads it:
// the store never edits a record it has handed out (the embedded store replaces a changed node or
// document with a new object), so a record's view stays true as long as the record lives. A store
// that builds fresh records per call (Neo4j) just never hits. Profiled, building views was 3–8% of
// an uncached page, node lookup or lineage, before the garbage they left.
const nodeViews = new WeakMap<GraphNode, NodeView>();
const documentViews = new WeakMap<DocumentRecord, NodeView>();

export function toView(node: GraphNode): NodeView {
  let view = nodeViews.get(node);
  if (!view) nodeViews.set(node, (view = buildView(node)));
  return view;
}

// Object.assign, not `{ ...a, b, ...c }`: V8 runs a second spread into a literal on a slow
// path (~40× slower here, measured).
function buildView(node: GraphNode): NodeView {
  const year = yearOf(node.properties.year) ?? yearOf(node.properties.period);
  return closeVocabulary(
    Object.assign(
      {},
      node.properties,
      {
        year,
        issuedOn: fullDate(node.properties.issueDate),
        issuedIn: dateMonth(node.properties.issueDate),
      },
      node,
    ) as NodeView,
  );
}

/** A document as a Node: its title is its name; a Document node in the store adds properties. */
export function documentView(doc: DocumentRecord, node?: GraphNode | null): NodeView {
  if (node) return buildDocumentView(doc, node);
  let view = documentViews.get(doc);
  if (!view) documentViews.set(doc, (view = buildDocumentView(doc)));
  return view;
}

function buildDocumentView(doc: DocumentRecord, node?: GraphNode): NodeView {
  const properties = Object.assign({}, node?.properties);
  return Object.assign({}, properties, doc, {
    year: yearOf(doc.period) ?? yearOf(doc.date),
    publishedOn: fullDate(doc.date),
    publishedIn: dateMonth(doc.date),
    id: node?.id ?? doc.id,
    label: 'Document',
    name: node?.name ?? doc.title,
    aliases: node?.aliases ?? [],
    properties,
    sources: node?.sources ?? [],
  }) as NodeView;
}
