import { isNodeLabel, isRelType, type SourceSpan } from '../../model';

// What a snapshot's graph must look like before it is loaded: a foreign or hand-edited JSON file
// is refused with the first problem found (where and what), never with a raw JavaScript error.

export class SnapshotError extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** A source as a file writes it: the span to keep in its place, or the problem with it. */
export type SpanCheck = (s: unknown) => SourceSpan | string;

/** Format 1: a span written whole, its text included. */
export const wholeSpan: SpanCheck = (s) => {
  if (!isObj(s)) return 'a source is not an object';
  if (!isStr(s.document) || !isCount(s.start) || !isCount(s.end) || !isStr(s.text)) return 'a source lacks document, start, end or text';
  return s as unknown as SourceSpan;
};

function propertiesProblem(p: unknown): string | undefined {
  if (!isObj(p)) return 'properties is not an object';
  for (const [k, v] of Object.entries(p)) {
    const ok =
      v === null ||
      isStr(v) ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (Array.isArray(v) && v.every((x) => isStr(x) || (typeof x === 'number' && Number.isFinite(x))));
    if (!ok) return `property ${JSON.stringify(k)} is not a string, finite number, boolean or list of them`;
  }
  return undefined;
}

/** The first problem with a node or relationship; its sources are replaced by what `span` keeps. */
export function factProblem(f: unknown, kind: 'node' | 'relationship', span: SpanCheck = wholeSpan): string | undefined {
  if (!isObj(f)) return `not an object`;
  if (!isStr(f.id) || f.id === '') return 'no id';
  if (kind === 'node') {
    if (!isStr(f.label) || !isNodeLabel(f.label)) return `unknown label ${JSON.stringify(f.label ?? null)}`;
    if (!isStr(f.name)) return 'no name';
    if (!Array.isArray(f.aliases) || !f.aliases.every(isStr)) return 'aliases is not a list of strings';
  } else {
    if (!isStr(f.type) || !isRelType(f.type)) return `unknown type ${JSON.stringify(f.type ?? null)}`;
    if (!isStr(f.from) || !isStr(f.to)) return 'no from or to';
  }
  if (!Array.isArray(f.sources)) return 'sources is not a list';
  const sources = f.sources as unknown[];
  for (let i = 0; i < sources.length; i++) {
    const kept = span(sources[i]);
    if (typeof kept === 'string') return kept;
    sources[i] = kept;
  }
  return propertiesProblem(f.properties);
}

/** The problem with a document record, if any. */
export function documentProblem(d: unknown): string | undefined {
  if (!isObj(d) || !isStr(d.id) || d.id === '' || !isStr(d.text) || !isStr(d.title) || !isStr(d.path) || !isCount(d.chars)) {
    return 'lacks id, title, path, chars or text';
  }
  return undefined;
}

/** The first problem with a snapshot's graph, or undefined when its shape is right. */
export function snapshotShapeProblem(graph: unknown): string | undefined {
  if (!isObj(graph)) return 'no "graph" object';
  for (const key of ['documents', 'nodes', 'relationships'] as const) {
    if (!Array.isArray(graph[key])) return `"graph.${key}" is not a list`;
  }
  const documents = graph.documents as unknown[];
  for (let i = 0; i < documents.length; i++) {
    const problem = documentProblem(documents[i]);
    if (problem) return `document ${i} ${problem}`;
  }
  for (const kind of ['node', 'relationship'] as const) {
    const list = graph[kind === 'node' ? 'nodes' : 'relationships'] as unknown[];
    for (let i = 0; i < list.length; i++) {
      const p = factProblem(list[i], kind);
      if (p) return `${kind} ${i}${isObj(list[i]) && isStr((list[i] as Obj).id) ? ` (${JSON.stringify((list[i] as Obj).id)})` : ''}: ${p}`;
    }
  }
  return undefined;
}
