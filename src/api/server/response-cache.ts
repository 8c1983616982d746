import { LRUCache } from 'lru-cache';

// Whole-response cache. The graph changes only when a document is ingested or removed, and every
// write bumps the store's version(), so version + operation + variables is a safe key. Capped by
// bytes (key and body), not by count: 500 large answers must not hold a gigabyte.

export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;
/** One answer larger than this share of the budget is served but not kept. */
const MAX_ENTRY_SHARE = 0.1;

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(readonly maxBytes = DEFAULT_CACHE_BYTES) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      maxEntrySize: Math.floor(maxBytes * MAX_ENTRY_SHARE),
      // UTF-16 strings: two bytes per code unit is what V8 holds at most.
      sizeCalculation: (v, k) => 2 * (k.length + v.body.length) + 64,
    });
  }

  key(version: number, method: string, request: string): string {
    return `${version}\u0000${method}\u0000${request}`;
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: CachedResponse): void {
    this.entries.set(key, value);
  }

  /** Bytes held (as counted for the cap). */
  get bytes(): number {
    return this.entries.calculatedSize;
  }
}

/** Only successful queries are cached: never mutations, never responses carrying errors. */
export function isCacheable(requestText: string, status: number, body: string): boolean {
  return status === 200 && !/\bmutation\b/.test(requestText) && !body.includes('"errors"');
}
