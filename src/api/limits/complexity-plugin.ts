import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { badInput, ErrorCode, limitExceeded } from '../errors';

// Rejects a request before execution when `first` exceeds the page cap anywhere in it, or its
// estimated cost (type-graphql field complexities; connections cost first × children) is too high.

function pageSizeEstimator(maxPageSize: number): ComplexityEstimator {
  return ({ args }) => {
    const first = args.first;
    if (typeof first === 'number' && (first < 0 || first > maxPageSize)) {
      throw badInput('first', `must be between 0 and ${maxPageSize} (got ${first})`);
    }
    return undefined; // let the next estimator price the field
  };
}

export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number, maxPageSize: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [pageSizeEstimator(maxPageSize), fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw limitExceeded(ErrorCode.QUERY_TOO_COMPLEX, `Query cost ${complexity} exceeds the maximum of ${maxComplexity}`);
          }
        },
      };
    },
  };
}
