import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, isUnavailable } from '../conventions/errors';

// Clients see codes, never internals: our own codes pass through (validation rules' codes are
// restored from Apollo's wrapper), an unreachable store becomes SERVICE_UNAVAILABLE, and anything
// unexpected is masked as INTERNAL_SERVER_ERROR.

const KNOWN = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));
const APOLLO = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const inner = original instanceof GraphQLError ? unwrapResolverError(original.originalError ?? original) : original;
  if (isUnavailable(original) || isUnavailable(inner)) {
    return { ...formatted, message: 'The graph store is unavailable; retry shortly', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  const ownCode = inner instanceof GraphQLError ? inner.extensions.code : undefined;
  if (typeof ownCode === 'string' && KNOWN.has(ownCode)) {
    const { http: _http, ...rest } = inner instanceof GraphQLError ? inner.extensions : {};
    return { ...formatted, message: (inner as GraphQLError).message, extensions: { ...rest, code: ownCode } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO.has(code)) return formatted;
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
