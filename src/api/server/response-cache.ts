// Whole-response cache. The graph changes only when a document is ingested or removed, and every
// write bumps the store's version(), so version + operation + variables is a safe key.

const CAPACITY = 500;

export interface CachedResponse { status: number; headers: [string, string][]; body: string }

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  key(version: number, method: string, request: string): string {
    return `${version}\u0000${method}\u0000${request}`;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) { // refresh recency
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: CachedResponse): void {
    this.entries.set(key, value);
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/** Only successful queries are cached: never mutations, never responses carrying errors. */
export function isCacheable(requestText: string, status: number, body: string): boolean {
  return status === 200 && !/\bmutation\b/.test(requestText) && !body.includes('"errors"');
}
