import neo4j from 'neo4j-driver';

// The slice of neo4j-driver the store uses, so tests can hand it a fake that records statements.

export interface RecordLike {
  get(key: string): unknown;
}
export interface QueryRunner {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<{ records: RecordLike[] }>;
}
export interface SessionLike {
  executeRead<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  executeWrite<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
export interface DriverLike {
  session(config: { database?: string; defaultAccessMode?: 'READ' | 'WRITE' }): SessionLike;
  verifyConnectivity(): Promise<unknown>;
  close(): Promise<void>;
}

export interface ConnectionConfig {
  uri: string;
  user: string;
  password: string;
}

export function createDriver(c: ConnectionConfig): DriverLike {
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    disableLosslessIntegers: true, // counts and offsets fit in a double
    connectionTimeout: 5_000, // fail fast when the server is down
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
  });
  // neo4j-driver's generics are wider than this interface; the shapes match.
  return driver as unknown as DriverLike;
}

/** Whether an error means "the server cannot be reached now" (worth retrying later). */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'SERVICE_UNAVAILABLE';
}
