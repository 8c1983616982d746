import type { StoreState } from '../contract/graph-store';
import { StoreUnavailableError } from '../contract/facts';
import { isUnavailable, type DriverLike, type QueryRunner } from './driver';

// Reachability of the server: init() retries with backoff; when the server goes away, calls fail
// fast with SERVICE_UNAVAILABLE while a background loop waits for it, re-runs the set-up and
// marks the store ready again (the driver itself reconnects; no restart needed).

export interface ConnectionOptions {
  database?: string;
  log: (msg: string) => void;
  /** Tries init() makes before it leaves recovery to the background loop. */
  initAttempts: number;
  /** First backoff delay; doubles up to 30 s. */
  retryDelayMs: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());
const MAX_DELAY_MS = 30_000;

export class Connection {
  state: StoreState = 'connecting';
  detail?: string;
  private recovering = false;
  private closed = false;

  constructor(
    readonly driver: DriverLike,
    private readonly opts: ConnectionOptions,
    private readonly setUp: () => Promise<void>,
  ) {}

  async start(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await this.tryConnect()) return;
      if (attempt >= this.opts.initAttempts) {
        this.opts.log(`neo4j: unreachable after ${attempt} attempts (${this.detail}); serving errors until it is back`);
        this.recover();
        return;
      }
      const delay = this.delay(attempt);
      this.opts.log(`neo4j: unreachable (${this.detail}); retry ${attempt + 1} in ${delay} ms`);
      // A kept (ref'd) timer: with an unref'd one the process had nothing left to wait for and
      // exited 0 in the middle of start-up, having done nothing.
      await new Promise<void>((r) => setTimeout(r, delay));
    }
  }

  private delay(attempt: number): number {
    return Math.min(this.opts.retryDelayMs * 2 ** (attempt - 1), MAX_DELAY_MS);
  }

  /** True when connected and set up; false when unreachable; throws on anything else (bad auth). */
  private async tryConnect(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity();
      await this.setUp();
      this.state = 'ready';
      this.detail = undefined;
      return true;
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      this.markDown(err);
      return false;
    }
  }

  private markDown(err: unknown): void {
    this.state = 'unavailable';
    this.detail = err instanceof Error ? err.message : String(err);
  }

  private recover(): void {
    if (this.recovering || this.closed) return;
    this.recovering = true;
    void (async () => {
      for (let attempt = 1; !this.closed; attempt++) {
        await sleep(this.delay(attempt));
        if (this.closed) break;
        try {
          if (await this.tryConnect()) {
            this.opts.log('neo4j: reachable again');
            break;
          }
        } catch (err) {
          this.opts.log(`neo4j: set-up failed: ${String(err)}`);
        }
      }
      this.recovering = false;
    })();
  }

  async read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  /** A write outside the ready check, for set-up while connecting. */
  async setUpWrite(work: (tx: QueryRunner) => Promise<void>): Promise<void> {
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: 'WRITE' });
    try {
      await session.executeWrite(work);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    if (this.state !== 'ready') {
      throw new StoreUnavailableError(`graph store is ${this.state}${this.detail ? `: ${this.detail}` : ''}`);
    }
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: mode });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      this.markDown(err);
      this.recover();
      throw new StoreUnavailableError(`graph store unavailable: ${this.detail}`, { cause: err });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** A live check for health(): pings when ready, so an outage shows without waiting for a query. */
  async ping(): Promise<void> {
    if (this.state !== 'ready') return;
    try {
      await this.driver.verifyConnectivity();
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      this.markDown(err);
      this.recover();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.driver.close();
  }
}
