import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, type GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../conventions/errors';
import { formatError } from './format-error';
import type { ServerLogger } from './server-logger';

// One log line per HTTP request: request id, method, path, operation, HTTP status, error codes
// and duration. The id comes from the caller's `x-request-id` when it is a sane value (so a proxy's
// id follows the request through), else it is made here; either way it is echoed back.

const REQUEST_ID = 'x-request-id';
const MAX_ID_LENGTH = 200;

/** Printable ASCII only: an id with control characters or newlines could forge log lines. */
export function acceptRequestId(given: string | string[] | undefined): string {
  if (typeof given === 'string' && given.length > 0 && given.length <= MAX_ID_LENGTH && /^[\x20-\x7e]+$/.test(given)) return given;
  return randomUUID();
}

/** What one request has shown by the time its response is sent. */
interface RequestRecord {
  id: string;
  operations: string[];
  codes: Set<string>;
  cached?: boolean;
}

/**
 * Held on the response under a symbol (a WeakMap entry per request costs the collector more), and
 * on Apollo's context object, which Apollo copies per operation (own properties, symbols included).
 */
const RECORD = Symbol('request record');
const recordOf = (holder: object): RequestRecord | undefined => (holder as { [RECORD]?: RequestRecord })[RECORD];

/** The request's record, for the handler to pass to Apollo's context and to note cache hits. */
export function requestRecord(res: ServerResponse): RequestRecord | undefined {
  return recordOf(res);
}

/** The error codes of a JSON body the handler answers itself (bad JSON, 404, 413). */
export function noteErrorBody(res: ServerResponse, body: string): void {
  const record = recordOf(res);
  if (!record || res.statusCode < 400) return;
  try {
    for (const e of (JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? []) {
      if (typeof e.extensions?.code === 'string') record.codes.add(e.extensions.code);
    }
  } catch {
    // not JSON: no codes to note
  }
}

/**
 * Starts the record of one request: sets the response's `x-request-id` and logs the request's
 * line when the response is finished (or the connection closes first).
 */
export function logRequest(log: ServerLogger, req: IncomingMessage, res: ServerResponse): RequestRecord {
  const record: RequestRecord = { id: acceptRequestId(req.headers[REQUEST_ID]), operations: [], codes: new Set() };
  (res as { [RECORD]?: RequestRecord })[RECORD] = record;
  res.setHeader(REQUEST_ID, record.id);
  // A silent logger (library use, tests, the bench) writes no line at any level: no listeners.
  if (!log.isLevelEnabled('error')) return record;
  const started = process.hrtime.bigint();
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const path = (req.url ?? '/').split('?')[0]!;
    // An orchestrator probes health every few seconds: a passing probe is not worth an info line.
    const level = res.statusCode >= 500 ? 'error' : path.startsWith('/health') && res.statusCode < 400 ? 'debug' : 'info';
    if (!log.isLevelEnabled(level)) return;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const line = {
      requestId: record.id,
      method: req.method,
      path,
      ...(record.operations.length ? { operation: record.operations.join(',') } : {}),
      status: res.statusCode,
      ...(record.codes.size ? { errors: [...record.codes] } : {}),
      ...(record.cached ? { cached: true } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
      durationMs: Math.round(ms * 10) / 10,
    };
    log[level](line, 'request');
  };
  res.once('finish', done);
  res.once('close', done);
  return record;
}

/** Links an Apollo context object to its HTTP request's record (the plugin sees only the context). */
export function attachRecord<T extends object>(context: T, record: RequestRecord | undefined): T {
  return record ? Object.assign(context, { [RECORD]: record }) : context;
}

const isMasked = (err: GraphQLError) =>
  formatError({ message: err.message, extensions: err.extensions }, err).extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR;

/** The root cause of a GraphQL error: what a developer needs to see behind a masked error. */
function rootCause(err: GraphQLError): Error {
  let cause: unknown = err;
  while (cause instanceof Error && (cause as GraphQLError).originalError) cause = (cause as GraphQLError).originalError;
  return cause instanceof Error ? cause : err;
}

/**
 * Notes each operation's name and error codes in its request's record, and logs every error the
 * client will see only as INTERNAL_SERVER_ERROR with its stack, under the request's id.
 */
export function requestLogPlugin(log: ServerLogger): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ contextValue }) {
      const record = recordOf(contextValue);
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const err of errors) {
            if (!isMasked(err)) continue;
            const cause = rootCause(err);
            log.error(
              { requestId: record?.id, operation: operationName ?? undefined, path: err.path, err: cause },
              `masked internal error: ${cause.message}`,
            );
          }
        },
        async willSendResponse({ response, operationName, request, document }) {
          if (!record) return;
          // A request that fails validation has no resolved operation, but its document names one.
          const name =
            operationName ?? (document && getOperationAST(document, request.operationName)?.name?.value) ?? request.operationName;
          if (name) record.operations.push(name);
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            if (typeof e.extensions?.code === 'string') record.codes.add(e.extensions.code);
          }
        },
      };
    },
  };
}
