import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphStore } from '../../graph/contract/graph-store';
import type { ApiContext } from '../context/context';
import { aliasLimit, complexityPlugin, costCheck, depthLimit } from '../limits';
import { responseBudget } from '../limits/response-budget';
import { resolveOptions, type ApiOptions } from '../conventions/options';
import { buildApiSchema } from '../schema';
import { formatError } from './format-error';
import { createHttpHandler } from './http-handler';
import { BoundedDocumentStore } from './document-store';
import { CompiledQueries, jitGateway } from './jit-executor';
import { KnownOperations, rememberOperations, type Shortcut } from './known-operations';
import { requestLogPlugin } from './request-log';
import { apolloLogger, silentLogger, type ServerLogger } from './server-logger';

export interface ApiServer {
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

/** Limits and features (config), and the logger requests and Apollo's messages go to. */
export type ServerOptions = Partial<ApiOptions> & { logger?: ServerLogger };

/** The GraphQL API over any store implementing the contract (embedded or Neo4j). */
export async function createApiServer(store: GraphStore, options: ServerOptions = {}): Promise<ApiServer> {
  const { logger: log = silentLogger(), ...limits } = options;
  const opts = resolveOptions(limits);
  const schema = await buildApiSchema();
  const httpServer = createServer();
  const compiled = new CompiledQueries(schema);
  const check = costCheck(schema, opts.maxComplexity, opts.maxPageSize);
  // Queries Apollo has answered once skip its pipeline afterwards (known-operations.ts); only
  // with compiled execution, whose executor both paths share.
  const shortcut: Shortcut | null = opts.compiledExecution
    ? { known: new KnownOperations(), compiled, check, maxResponseBytes: opts.maxResponseBytes }
    : null;
  const apollo = new ApolloServer<ApiContext>({
    ...(opts.compiledExecution ? { gateway: jitGateway(schema, compiled) } : { schema }),
    introspection: opts.introspection,
    // Without introspection, "Did you mean …" suggestions would leak the schema field by field.
    hideSchemaDetailsFromClientErrors: !opts.introspection,
    csrfPrevention: true,
    documentStore: new BoundedDocumentStore(),
    allowBatchedHttpRequests: opts.maxBatch > 1,
    // persistedQueries left at its default: automatic persisted queries on, in-memory cache.
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(opts.maxDepth), aliasLimit(opts.maxAliases)],
    formatError,
    logger: apolloLogger(log),
    plugins: [
      requestLogPlugin(log),
      // We set no cache hints, and Apollo's default cache-control plugin would otherwise wrap
      // every field resolver and look up each field's hint per request.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityPlugin(check),
      responseBudget(opts.maxResponseBytes),
      ...(shortcut ? [rememberOperations(shortcut.known)] : []),
      // Browsers at / get our own page (ui/ui-routes.ts): Sandbox with a working offline fallback.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  httpServer.on('request', createHttpHandler(apollo, store, opts, log, shortcut));

  return {
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
          resolve({ url: `http://${shown}:${actual}/graphql`, port: actual });
        });
      });
    },
    async close() {
      await apollo.stop(); // the drain plugin closes the http server and its connections
    },
  };
}
