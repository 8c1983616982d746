import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { badInput, badVariables, ErrorCode, limitExceeded, operationNotFound } from '../conventions/errors';
import { fragmentsOf, isIntrospectionOnly } from './introspection-only';

// Rejects a request before execution when `first` or `last` exceeds its cap anywhere in it, or its
// estimated cost (type-graphql field complexities; connections cost first × children) is too high.

// A nested list declares its own cap in its field's extensions (`pageCap`, as `bounded` enforces it);
// every other `first`/`last` is held to the page cap.
function pageSizeEstimator(maxPageSize: number): ComplexityEstimator {
  return ({ args, field }) => {
    const declared = field.extensions?.pageCap;
    const cap = typeof declared === 'number' ? declared : maxPageSize;
    for (const argument of ['first', 'last']) {
      const size = args[argument];
      if (typeof size === 'number' && (size < 0 || size > cap)) {
        throw badInput(argument, `must be between 0 and ${cap} (got ${size})`);
      }
    }
    return undefined; // let the next estimator price the field
  };
}

/** Estimates kept per variable set of one parsed document; beyond this many, start afresh. */
const MAX_VARIANTS = 256;

/** Throws when an operation's page sizes or estimated cost are over the limits (kept per document). */
export type CostCheck = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined) => void;

export function costCheck(schema: GraphQLSchema, maxComplexity: number, maxPageSize: number): CostCheck {
  const estimators = [pageSizeEstimator(maxPageSize), fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  // Apollo hands back the same DocumentNode for a query string it has parsed before, so the cost
  // walk (a TypeInfo visit of the whole document) runs once per document, operation and
  // variables rather than on every request. Rejections throw and are never cached.
  const estimates = new WeakMap<DocumentNode, Map<string, number>>();
  // The estimate coerces the variables first, so this is where missing or mistyped ones surface:
  // graphql-js reports them without a code, which would otherwise read as our own failure (500).
  const estimate = (query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined) => {
    try {
      return getComplexity({ schema, query, operationName, variables, estimators });
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.code === undefined) throw badVariables(err.message);
      throw err;
    }
  };
  return (document, operationName, variables) => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    let known = estimates.get(document);
    let complexity = known?.get(key);
    if (complexity === undefined) {
      complexity = estimate(document, operationName, variables);
      if (!known || known.size >= MAX_VARIANTS) estimates.set(document, (known = new Map()));
      known.set(key, complexity);
    }
    if (complexity > maxComplexity) {
      throw limitExceeded(ErrorCode.QUERY_TOO_COMPLEX, `Query cost ${complexity} exceeds the maximum of ${maxComplexity}`);
    }
  };
}

export function complexityPlugin(check: CostCheck): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // An empty or unknown operationName resolves to no operation: the caller's mistake (400).
          if (!operation) throw operationNotFound(request.operationName);
          // Reading the schema costs nothing of the graph (introspection-only.ts bounds it).
          if (isIntrospectionOnly(operation, fragmentsOf(document.definitions))) return;
          check(document, request.operationName, request.variables);
        },
      };
    },
  };
}
