import { HeaderMap, type ApolloServer } from '@apollo/server';
import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphStore } from '../../graph/contract/graph-store';
import type { ApiContext } from '../context/context';
import { ErrorCode } from '../conventions/errors';
import { TextBudget } from '../limits/text-budget';
import { createLoaders } from '../loaders';
import { VersionMemo } from '../services';
import type { ApiOptions } from '../conventions/options';
import { examplesPage } from './ui/examples-page';
import { BodyTooLargeError, readBody, readBodyThen } from './read-body';
import { isCacheable, ResponseCache, sendCached } from './response-cache';
import { apiKeyMatches } from './api-key';
import { createUiRoutes } from './ui/ui-routes';
import { passesCsrfCheck } from './csrf';
import { KeyBackoff, sleep } from './key-backoff';
import { answerHealth, HEALTH_PATHS } from './health';
import { answerKnown, type Shortcut } from './known-operations';
import { AnswerBuffers, ownBytes, type AnswerBytes } from './answer-bytes';
import { attachRecord, logRequest, noteErrorBody, requestRecord } from './request-log';
import type { ServerLogger } from './server-logger';

// A thin node:http integration around ApolloServer.executeHTTPGraphQLRequest, so body limits,
// batching caps, /health, /examples, CORS, the request log and the response cache are ours to control.

const GRAPHQL_PATHS = new Set(['/', '/graphql']);
/** The GraphQL paths as parsed URLs (only read), so the common request parses no URL. */
const PLAIN_URLS = new Map([...GRAPHQL_PATHS].map((path) => [path, new URL(path, 'http://localhost')]));
const JSON_HEADERS: [string, string][] = [['content-type', 'application/json; charset=utf-8']];

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.statusCode = status;
  res.setHeader('content-type', type);
  noteErrorBody(res, body);
  res.end(body);
}

const errorBody = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

function headerMap(req: IncomingMessage): HeaderMap {
  const map = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) map.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

export function createHttpHandler(
  apollo: ApolloServer<ApiContext>,
  store: GraphStore,
  opts: ApiOptions,
  log: ServerLogger,
  shortcut: Shortcut | null = null,
) {
  const corsMiddleware = cors({
    origin: opts.corsOrigins === '*' ? '*' : opts.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-api-key', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
  const cache = opts.responseCache ? new ResponseCache() : null;
  const derived = new VersionMemo();
  const uiRoutes = createUiRoutes(opts);
  const keyBackoff = new KeyBackoff();
  const answerBuffers = new AnswerBuffers();

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    return respond(req, res, url, req.method === 'POST' ? await readBody(req, opts.maxBodyBytes) : '');
  }

  /** A GraphQL request with its body read (POST) or none (GET): the cache first, else `execute`. */
  function respond(req: IncomingMessage, res: ServerResponse, url: URL, raw: string): Promise<void> | void {
    const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    const requestText = req.method === 'POST' ? raw : url.search;
    // The cache comes first: an entry is a 200 answer to the same bytes (so they parsed, and were
    // within the batch cap), and a hit needs neither JSON.parse nor Apollo. No version (the store
    // is unreachable): answer without the cache rather than guess. The CSRF rule is checked
    // before any cache lookup. Written with `then`, not `await`: a hit costs one promise.
    if (!cache || wantsHtml || !requestText || !passesCsrfCheck(req)) return execute(req, res, url, raw, requestText, null);
    return store.version().then(
      (version) => {
        const cacheKey = cache.key(version, req, requestText);
        const hit = cache.get(cacheKey);
        if (!hit) return execute(req, res, url, raw, requestText, cacheKey);
        const record = requestRecord(res);
        if (record) record.cached = true;
        sendCached(res, hit);
      },
      () => execute(req, res, url, raw, requestText, null),
    );
  }

  /** Answers a request the cache did not: the known-query shortcut, else Apollo. */
  async function execute(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    raw: string,
    requestText: string,
    cacheKey: string | null,
  ): Promise<void> {
    let body: unknown = undefined;
    if (raw && (req.headers['content-type'] ?? '').includes('json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, errorBody('BAD_REQUEST', 'Request body is not valid JSON'));
      }
      if (Array.isArray(body) && body.length > opts.maxBatch) {
        return send(
          res,
          400,
          errorBody(ErrorCode.BATCH_LIMIT_EXCEEDED, `${body.length} operations in one batch exceed the maximum of ${opts.maxBatch}`),
        );
      }
    } else if (raw) body = raw;

    const canWrite = apiKeyMatches(req.headers['x-api-key'], opts.writeApiKey);
    if (req.headers['x-api-key'] !== undefined) await slowWrongKeys(req, res, canWrite);
    const context = () =>
      attachRecord(
        {
          store,
          loaders: createLoaders(store),
          maxPageSize: opts.maxPageSize,
          canWrite,
          derived,
          textBudget: new TextBudget(opts.maxResponseBytes),
        },
        requestRecord(res),
      );
    const known = shortcut && passesCsrfCheck(req) ? shortcut.known.lookup(req, body) : undefined;
    const answer = known && (await answerKnown(shortcut!, known.operation, known.variables, context()));
    if (answer !== undefined) {
      const record = requestRecord(res);
      if (record && known!.operation.name) record.operations.push(known!.operation.name);
      res.statusCode = 200;
      res.setHeader('content-type', JSON_HEADERS[0]![1]);
      // Serialised straight to bytes unless the cache may keep it (it then checks the text).
      const { bytes, release } = cacheKey
        ? keep(cacheKey, requestText, 200, JSON_HEADERS, JSON.stringify(answer.body), '\n')
        : answerBuffers.encodeJson(answer.body, '\n', answer.size);
      return void res.end(bytes, release);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers: headerMap(req), search: url.search, body },
      context: async () => context(),
    });
    res.statusCode = response.status ?? 200;
    for (const [k, v] of response.headers) res.setHeader(k, v);
    if (response.body.kind === 'chunked') {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    const { bytes, release } = keep(cacheKey, requestText, res.statusCode, response.headers, response.body.string);
    res.end(bytes, release);
  }

  /**
   * The answer (`text`, then `tail`) as bytes, kept in the cache when it may be. Encoded once here:
   * written as a string, node would walk it twice (its byte length for content-length, then the
   * UTF-8 encoding in the socket write), which profiled at 45% of an uncached timeline (181 KB).
   * An answer not kept is encoded into reused memory (answer-bytes.ts), released once written.
   */
  function keep(
    key: string | null,
    requestText: string,
    status: number,
    headers: Iterable<[string, string]>,
    text: string,
    tail = '',
  ): AnswerBytes {
    if (cache && key && isCacheable(requestText, status, text)) {
      const bytes = ownBytes(text, tail);
      cache.set(key, status, headers, bytes);
      return { bytes };
    }
    return answerBuffers.encode(text, tail);
  }

  /** A wrong key waits (and is told how long with Retry-After); a right key clears its client. */
  async function slowWrongKeys(req: IncomingMessage, res: ServerResponse, right: boolean): Promise<void> {
    const client = req.socket.remoteAddress ?? '';
    if (right) return keyBackoff.succeeded(client);
    const wait = keyBackoff.failed(client);
    if (wait > 0) {
      res.setHeader('retry-after', String(Math.ceil(wait / 1000)));
      await sleep(wait);
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = PLAIN_URLS.get(req.url ?? '') ?? new URL(req.url ?? '/', 'http://localhost');
    // HEAD is GET without the body (node:http drops it); on the GraphQL paths it says they are there.
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (HEALTH_PATHS.has(url.pathname) && reading) return answerHealth(url.pathname, res, store, log);
    if (req.method === 'HEAD' && GRAPHQL_PATHS.has(url.pathname))
      return send(res, 200, '', opts.landingPage ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8');
    if (uiRoutes(req, res, url)) return;
    const offline = url.pathname === '/examples' || (url.pathname === '/' && url.searchParams.has('offline'));
    if (offline && reading) {
      return opts.landingPage
        ? send(res, 200, examplesPage(), 'text/html; charset=utf-8')
        : send(res, 404, errorBody('NOT_FOUND', 'Not found'));
    }
    if (GRAPHQL_PATHS.has(url.pathname)) return graphql(req, res, url);
    send(res, 404, errorBody('NOT_FOUND', `No route ${url.pathname}; GraphQL is served at /graphql`));
  }

  const failed = (res: ServerResponse, err: unknown): void => {
    if (res.headersSent) return void res.end();
    if (err instanceof BodyTooLargeError)
      return send(res, 413, errorBody(ErrorCode.PAYLOAD_TOO_LARGE, `Request body exceeds ${opts.maxBodyBytes} bytes`));
    log.error({ requestId: requestRecord(res)?.id, err }, 'request failed outside GraphQL');
    send(res, 500, errorBody(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
  };
  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    // The common request, a POST to a GraphQL path, reads its body at once (`route` would send it
    // to `graphql` anyway): no route table and no promise before the cache lookup.
    const url = req.method === 'POST' ? PLAIN_URLS.get(req.url ?? '') : undefined;
    if (url) {
      return readBodyThen(req, opts.maxBodyBytes, (err, raw) => {
        if (err) return failed(res, err);
        try {
          respond(req, res, url, raw)?.catch((e: unknown) => failed(res, e));
        } catch (e) {
          failed(res, e);
        }
      });
    }
    route(req, res).catch((err: unknown) => failed(res, err));
  };
  // With any origin allowed, cors sets the same two headers on every request but a preflight; set
  // them here, without its per-request option copies and callbacks.
  const anyOrigin = opts.corsOrigins === '*';
  return (req: IncomingMessage, res: ServerResponse): void => {
    logRequest(log, req, res);
    if (anyOrigin && req.method !== 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
      return answer(req, res);
    }
    corsMiddleware(req, res, () => answer(req, res));
  };
}
