import type { Graph } from '../../../../src/model';

// Shared by the project tests: what a graph says of its projects, as an analyst would list it.

/** The names of every engineering project. */
export const projects = (g: Graph): string[] => g.nodes.filter((n) => n.label === 'EngineeringProject').map((n) => n.name);

/** `part → whole` for every PART_OF between projects. */
export function parts(graph: Graph): string[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.relationships
    .filter((r) => r.type === 'PART_OF' && byId.get(r.from)?.label === 'EngineeringProject')
    .map((r) => `${byId.get(r.from)!.name} → ${byId.get(r.to)!.name}`)
    .sort();
}
