// The HTTP server: Apollo over node:http, with /health, /examples, limits and the response cache.
export { createApiServer, type ApiServer, type ServerOptions } from './create-server';
export { EXAMPLE_OPERATIONS, EXAMPLES_DOCUMENT } from './ui/examples';
