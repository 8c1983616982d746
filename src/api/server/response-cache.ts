import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';

// Whole-response cache. The graph changes only when a document is ingested or removed, and every
// write bumps the store's version(), so version + request is a safe key. The request part is the
// raw body (or query string), whether it was sent as JSON, and its Accept header: Apollo answers
// the same body differently under another content type or Accept. Capped by bytes (key and body),
// not by count: 500 large answers must not hold a gigabyte.
//
// A hit costs what a bare node:http server serving stored bytes costs: the body is kept encoded
// (a Buffer) with its headers ready, so it is a status, a header or two and one end, with no JSON
// parse, no Apollo and no UTF-8 encoding of a large answer per request.

export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;
/** One answer larger than this share of the budget is served but not kept. */
const MAX_ENTRY_SHARE = 0.1;

export interface CachedResponse {
  status: number;
  /** The response's own headers (content-type …); node adds content-length, since `end` gets the whole body. */
  headers: [string, string][];
  body: Buffer;
}

export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(readonly maxBytes = DEFAULT_CACHE_BYTES) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      maxEntrySize: Math.floor(maxBytes * MAX_ENTRY_SHARE),
      // Keys are UTF-16 strings: two bytes per code unit is what V8 holds at most.
      sizeCalculation: (v, k) => 2 * k.length + v.body.length + 64,
    });
  }

  /** The key of a request (its raw body for POST, its query string for GET) at a store version. */
  key(version: number, req: IncomingMessage, request: string): string {
    const json = (req.headers['content-type'] ?? '').includes('json') ? 'j' : '';
    return `${version}\u0000${req.method ?? ''}\u0000${json}\u0000${req.headers.accept ?? ''}\u0000${request}`;
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  set(key: string, status: number, headers: Iterable<[string, string]>, body: Buffer): void {
    // Any length of the answer it was made from is dropped: `end(body)` sets the stored body's own.
    const own = [...headers].filter(([name]) => name.toLowerCase() !== 'content-length');
    this.entries.set(key, { status, headers: own, body });
  }

  /** Bytes held (as counted for the cap). */
  get bytes(): number {
    return this.entries.calculatedSize;
  }
}

/** Writes a cached answer: its stored bytes and headers, on top of those already set (request id, CORS). */
export function sendCached(res: ServerResponse, hit: CachedResponse): void {
  // Not writeHead: its head is fixed at once, so it would need a content-length of its own, and
  // with headers already set (request id, CORS) it sets each given one again through setHeader.
  res.statusCode = hit.status;
  for (const [name, value] of hit.headers) res.setHeader(name, value);
  res.end(hit.body);
}

/** Only successful queries are cached: never mutations, never responses carrying errors. */
export function isCacheable(requestText: string, status: number, body: string): boolean {
  return status === 200 && !/\bmutation\b/.test(requestText) && !body.includes('"errors"');
}
