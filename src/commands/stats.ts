import type { Graph } from '../model';
import { buildGraphParallel, readDocuments } from '../ingest';
import type { CommandContext } from './context';
import { finish, reportRejections } from './output';

export interface GraphQuality {
  documents: number;
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** Indicators a plan sets a target for that no report has measured (yet). */
  indicatorsWithTargetsButNoResults: string[];
  /** Results no earlier task is linked to by LED_TO. */
  resultsWithoutTask: number;
}

const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc), {});

export function graphQuality(graph: Graph): GraphQuality {
  const targeted = new Set(graph.relationships.filter((r) => r.type === 'SETS_TARGET').map((r) => r.to));
  const measured = new Set(graph.relationships.filter((r) => r.type === 'MEASURED').map((r) => r.to));
  const ledTo = new Set(graph.relationships.filter((r) => r.type === 'LED_TO').map((r) => r.to));
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return {
    documents: graph.documents.length,
    nodesByLabel: countBy(graph.nodes, (n) => n.label),
    relationshipsByType: countBy(graph.relationships, (r) => r.type),
    indicatorsWithTargetsButNoResults: [...targeted]
      .filter((id) => !measured.has(id))
      .map((id) => names.get(id) ?? id)
      .sort(),
    resultsWithoutTask: graph.nodes.filter((n) => n.label === 'Result' && !ledTo.has(n.id)).length,
  };
}

/** `plangraph stats PATH...`: what the loaders read, and where lineage is thin. */
export async function statsCommand(ctx: CommandContext, paths: string[]): Promise<number> {
  const read = await readDocuments(paths, ctx.config.read);
  const q = graphQuality(await buildGraphParallel(read.documents, { ...ctx.config.ingest, onRefused: (r) => read.rejected.push(r) }));
  if (!ctx.json) {
    const rows = (o: Record<string, number>) =>
      Object.entries(o)
        .sort()
        .map(([k, v]) => `  ${k.padEnd(20)} ${v}`)
        .join('\n');
    ctx.stdout(
      `documents: ${q.documents}\nnodes by label:\n${rows(q.nodesByLabel)}\nrelationships by type:\n${rows(q.relationshipsByType)}\n` +
        `indicators with targets but no results (${q.indicatorsWithTargetsButNoResults.length}): ${q.indicatorsWithTargetsButNoResults.join('、')}\n` +
        `results linked to no task: ${q.resultsWithoutTask}\n`,
    );
  }
  const exitCode = reportRejections(ctx, read.rejected, read.duplicates);
  return finish(ctx, { command: 'stats', ok: exitCode === 0, exitCode, ...q, rejected: read.rejected, duplicates: read.duplicates });
}
