// The API phase: a GraphQL schema (type-graphql) served by Apollo Server over the store contract.
export { DEFAULT_API_OPTIONS, type ApiOptions } from './conventions/options';
export { buildApiSchema, printApiSchema } from './schema';
export { createApiServer, type ApiServer, type ServerOptions, EXAMPLE_OPERATIONS } from './server';
export type { ApiContext } from './context/context';
