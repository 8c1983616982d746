import type { PathResult } from '../../graph/contract/graph-store';

// A shortest path as the API shows it: steps in path order, each saying whether the stored
// relationship points along the path (forward) or against it.

export interface StepData {
  type: string;
  fromId: string;
  toId: string;
  forward: boolean;
  relationshipId: string;
}
export interface PathData {
  nodeIds: string[];
  steps: StepData[];
  length: number;
}

export function toPath(result: PathResult): PathData {
  const steps = result.relationships.map((rel, i) => {
    const fromId = result.nodeIds[i] as string;
    const toId = result.nodeIds[i + 1] as string;
    return { type: rel.type, fromId, toId, forward: rel.from === fromId, relationshipId: rel.id };
  });
  return { nodeIds: result.nodeIds, steps, length: steps.length };
}
