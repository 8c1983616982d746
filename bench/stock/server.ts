import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'type-graphql';
import type { GraphStore } from '../../src/graph/contract/graph-store';
import type { StockContext } from './context';
import { StockIndicatorResolver, StockSpanResolver, StockTargetResolver, StockTaskResolver } from './fields.resolver';
import { StockQueryResolver } from './query.resolver';
import { ORPHANS } from './types';

// The "stock" reference: the same query fields on type-graphql + Apollo's standalone server,
// with resolvers that call the store directly. No DataLoader, no response cache.

export async function startStockServer(store: GraphStore): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = await buildSchema({
    resolvers: [StockQueryResolver, StockTaskResolver, StockTargetResolver, StockIndicatorResolver, StockSpanResolver],
    orphanedTypes: ORPHANS,
    validate: false,
  });
  const server = new ApolloServer<StockContext>({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ store }),
  });
  return { url, stop: () => server.stop() };
}
