import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { CostCheck } from '../limits/complexity-plugin';
import { jsonSizeAtLeast } from '../limits/response-budget';
import { MAX_DOCUMENTS } from './document-store';
import type { CompiledQueries } from './jit-executor';

// The uncached path's shortcut for a query Apollo has already answered. Profiled under load, a
// node lookup spent more time in Apollo's request pipeline (hashing the query text, the plugin
// hooks, each one awaited, the HTTP head and context copies) than in our resolvers. Once Apollo
// has parsed, validated and answered a query document without an error, a later POST of the same
// text (same operation name) is run here: the same cost check with its variables, the same
// compiled executor, the same size budget and serialisation. Anything else (an error, a budget
// or cost refusal, a mutation, GET, batches, persisted-query extensions, an unusual Accept) goes
// through Apollo as before, which answers it with its full error handling: a query only reads,
// so running it again there changes nothing.

export interface KnownOperation {
  document: DocumentNode;
  /** The name the request log shows. */
  name: string | undefined;
}

/** What a JSON POST body may hold for the shortcut to take it. */
interface PostBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

const keyOf = (operationName: string | undefined, query: string) => `${operationName ?? ''}\u0000${query}`;

export class KnownOperations {
  private readonly known = new LRUCache<string, KnownOperation>({ max: MAX_DOCUMENTS });

  get size(): number {
    return this.known.size;
  }

  remember(operationName: string | undefined, query: string, operation: KnownOperation): void {
    this.known.set(keyOf(operationName, query), operation);
  }

  /** The known operation a request body asks for, with its variables; undefined when Apollo must answer. */
  lookup(req: IncomingMessage, body: unknown): { operation: KnownOperation; variables: Record<string, unknown> | undefined } | undefined {
    if (req.method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const accept = req.headers.accept;
    if (accept !== undefined && accept !== '*/*' && accept !== 'application/json') return undefined;
    const { query, operationName, variables, extensions } = body as PostBody;
    if (typeof query !== 'string' || extensions !== undefined) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
    const operation = this.known.get(keyOf(operationName ?? undefined, query));
    return operation && { operation, variables: (variables ?? undefined) as Record<string, unknown> | undefined };
  }
}

/** Remembers every POSTed query Apollo answered with 200 and no errors. */
export function rememberOperations(known: KnownOperations): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, document, operation, operationName, response }) {
          if (!document || operation?.operation !== 'query' || request.http?.method !== 'POST') return;
          if (request.query === undefined || request.extensions !== undefined) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          if ((response.http.status ?? 200) !== 200) return;
          known.remember(request.operationName, request.query, { document, name: operationName ?? undefined });
        },
      };
    },
  };
}

export interface Shortcut {
  known: KnownOperations;
  compiled: CompiledQueries;
  check: CostCheck;
  maxResponseBytes: number;
}

/** A known query's answer: the response body to serialise (Apollo's bytes are its JSON and a newline) and the least size of its JSON. */
export interface KnownAnswer {
  body: { data: unknown };
  size: number;
}

/** The answer to a known query, or undefined for Apollo to answer. */
export async function answerKnown(
  shortcut: Shortcut,
  operation: KnownOperation,
  variables: Record<string, unknown> | undefined,
  context: object,
): Promise<KnownAnswer | undefined> {
  try {
    shortcut.check(operation.document, operation.name, variables);
  } catch {
    return undefined;
  }
  const result = await shortcut.compiled.run(operation.document, operation.name, variables, context);
  if (result.errors?.length || result.extensions) return undefined;
  const size = jsonSizeAtLeast(result.data, shortcut.maxResponseBytes);
  return size > shortcut.maxResponseBytes ? undefined : { body: { data: result.data }, size };
}
