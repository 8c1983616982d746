import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

// Executes operations with graphql-jit instead of graphql-js: each query document is compiled
// once into plain JS (no per-field argument coercion, type checks or promise bookkeeping for
// synchronous fields) and its results are ordinary objects, which JSON.stringify serialises on
// V8's fast path. Apollo Server 5 takes a custom executor only through its gateway interface,
// so this is a "gateway" serving our own schema; parsing, validation (with our limits) and
// plugins still run in Apollo before it.

/** Compiled operations kept per parsed document (Apollo reuses the DocumentNode per query string). */
type Compiled = Map<string, CompiledQuery>;

/**
 * graphql-jit's errors lack `extensions` when the thrown error had none, which Apollo's error
 * formatting requires; rebuild them as graphql-js errors, keeping path, locations and cause.
 */
function normalised(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const out = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions ?? {} });
    if (e.locations) (out as { locations?: unknown }).locations = e.locations;
    return out;
  });
  return { ...result, errors };
}

/** Each query document's compiled operations, compiled on first use and kept as long as the document. */
export class CompiledQueries {
  private readonly compiled = new WeakMap<DocumentNode, Compiled>();
  constructor(private readonly schema: GraphQLSchema) {}

  /** The compiled operation, or the errors compiling it gave (e.g. an unknown operation name). */
  get(document: DocumentNode, operationName: string | null | undefined): CompiledQuery | ExecutionResult {
    let perOperation = this.compiled.get(document);
    if (!perOperation) this.compiled.set(document, (perOperation = new Map()));
    const name = operationName ?? '';
    let query = perOperation.get(name);
    if (!query) {
      const result = compileQuery(this.schema, document, operationName ?? undefined);
      if (!isCompiledQuery(result)) return result;
      perOperation.set(name, (query = result));
    }
    return query;
  }

  /** Runs an operation: graphql-jit coerces the variables, then executes the compiled code. */
  async run(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    context: unknown,
  ): Promise<ExecutionResult> {
    const query = this.get(document, operationName);
    if (!isCompiledQuery(query)) return normalised(query);
    return normalised(await query.query(undefined, context, variables ?? {}));
  }
}

export function jitGateway(schema: GraphQLSchema, compiled = new CompiledQueries(schema)): GatewayInterface {
  const executor: GatewayExecutor = ({ document, operationName, request, context }) =>
    compiled.run(document, operationName, request.variables, context);

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
