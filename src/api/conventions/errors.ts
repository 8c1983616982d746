import { GraphQLError } from 'graphql';

// Error codes clients can branch on (extensions.code). Messages name the offending argument.

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  DEPTH_LIMIT_EXCEEDED: 'DEPTH_LIMIT_EXCEEDED',
  ALIAS_LIMIT_EXCEEDED: 'ALIAS_LIMIT_EXCEEDED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  BATCH_LIMIT_EXCEEDED: 'BATCH_LIMIT_EXCEEDED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
} as const;
export type ErrorCodeName = keyof typeof ErrorCode;

const withCode = (message: string, code: ErrorCodeName, http = 200, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, http: { status: http }, ...extra } });

export const notFound = (what: string, id: string) => withCode(`${what} not found: ${id}`, 'NOT_FOUND', 200, { id });

export const badInput = (argument: string, message: string) =>
  withCode(`Argument \`${argument}\` ${message}`, 'BAD_USER_INPUT', 200, { argument });

export const forbidden = (message: string) => withCode(message, 'FORBIDDEN');

/** Variables missing or of the wrong type: the caller's mistake, found before anything runs. */
export const badVariables = (message: string) => withCode(message, 'BAD_USER_INPUT', 400);

/** The request names no operation of its document (empty or unknown operationName). */
export const operationNotFound = (name: string | null | undefined) =>
  new GraphQLError(name ? `Unknown operation named ${JSON.stringify(name)}` : 'The document holds several operations: give operationName', {
    extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
  });

export const limitExceeded = (code: ErrorCodeName, message: string) => withCode(message, code, 400);

/** Neo4j driver and stores signal an unreachable backend with these codes. */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'SERVICE_UNAVAILABLE']);

export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE.has(code);
}

export const serviceUnavailable = () => withCode('The graph store is unavailable; retry shortly', 'SERVICE_UNAVAILABLE', 503);
