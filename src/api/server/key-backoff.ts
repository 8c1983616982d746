import { LRUCache } from 'lru-cache';

// Wrong write keys slow their sender down: after a few failures each further wrong key from the
// same client waits longer (doubling, capped), and parallel guesses queue behind each other, so a
// key cannot be guessed at network speed. A right key is never delayed, and other clients are not
// affected. Clients are told apart by remote address; the table is bounded (LRU).

export interface BackoffOptions {
  /** Wrong keys forgiven before any delay. */
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A client with no failure for this long starts afresh. */
  forgetAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { freeFailures: 3, baseDelayMs: 250, maxDelayMs: 10_000, forgetAfterMs: 15 * 60_000 };

interface Record {
  failures: number;
  nextAt: number;
  last: number;
}

export class KeyBackoff {
  private readonly clients = new LRUCache<string, Record>({ max: 10_000 });

  constructor(
    private readonly opts: BackoffOptions = DEFAULT_BACKOFF,
    private readonly now = () => Date.now(),
  ) {}

  /** Records a wrong key from `client`; returns how long its answer must wait (ms). */
  failed(client: string): number {
    const t = this.now();
    let r = this.clients.get(client);
    if (!r || t - r.last > this.opts.forgetAfterMs) r = { failures: 0, nextAt: t, last: t };
    r.failures++;
    r.last = t;
    const over = r.failures - this.opts.freeFailures;
    let wait = 0;
    if (over > 0) {
      const delay = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** Math.min(over - 1, 30));
      // Queued behind earlier guesses still waiting, so parallel guesses gain nothing.
      r.nextAt = Math.max(r.nextAt, t) + delay;
      wait = r.nextAt - t;
    }
    this.clients.set(client, r);
    return wait;
  }

  /** A right key: that client's record is cleared. */
  succeeded(client: string): void {
    this.clients.delete(client);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());
