import type { GraphStore } from '../../src/graph/contract/graph-store';
import type { GraphNode } from '../../src/model';
import type { Flat } from './types';

// The stock build's context is just the store: every field asks it directly.

export interface StockContext {
  store: GraphStore;
}

export const flat = (n: GraphNode): Flat => ({ ...n.properties, id: n.id, label: n.label, name: n.name, sources: n.sources });

export async function nodeById(ctx: StockContext, id: string): Promise<Flat | null> {
  const [n] = await ctx.store.getNodes([id]);
  return n ? flat(n) : null;
}

/** The nodes at the other end of `types` edges, fetched one by one (the N+1 a stock build does). */
export async function neighbours(
  ctx: StockContext,
  id: string,
  side: 'IN' | 'OUT',
  types: Parameters<GraphStore['relationships']>[0]['types'],
): Promise<Flat[]> {
  const rels = await ctx.store.relationships({ nodeIds: [id], direction: side, types });
  const out: Flat[] = [];
  for (const r of rels) {
    const n = await nodeById(ctx, side === 'OUT' ? r.to : r.from);
    if (n) out.push(n);
  }
  return out;
}
