import type { Graph, PropertyValue, SourceSpan } from './graph';

// The public export format (ONTOLOGY.md, "The export format"). Keep it stable: it is diffed
// between versions and scored against hand-checked answers.

export interface ExportDocument {
  id: string;
  title: string;
  path: string;
  chars: number;
}
export interface ExportNode {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  properties: Record<string, PropertyValue>;
  sources: SourceSpan[];
}
export interface ExportRelationship {
  type: string;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
  sources: SourceSpan[];
}
export interface ExportGraph {
  documents: ExportDocument[];
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Deterministic: the same graph always serialises to the same bytes. */
export function toExport(graph: Graph): ExportGraph {
  return {
    documents: [...graph.documents].sort(byId).map(({ id, title, path, chars }) => ({ id, title, path, chars })),
    nodes: [...graph.nodes].sort(byId).map(({ id, label, name, aliases, properties, sources }) => ({
      id,
      label,
      name,
      aliases,
      properties,
      sources,
    })),
    relationships: [...graph.relationships].sort(byId).map(({ type, from, to, properties, sources }) => ({
      type,
      from,
      to,
      properties,
      sources,
    })),
  };
}
