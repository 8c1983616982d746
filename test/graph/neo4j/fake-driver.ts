import type { DriverLike, QueryRunner, RecordLike } from '../../../src/graph/neo4j';
import { loadCypher } from '../../../src/graph/neo4j';

// A driver that records every (query, parameters) it is sent and answers from a script, so tests
// can assert exactly what the Neo4j store sends without a server.

export interface Call {
  name: string;
  query: string;
  params: Record<string, unknown>;
  tx: number;
  mode: string;
}
type Answer = (params: Record<string, unknown>) => Record<string, unknown>[];

const nameOf = (query: string) => [...loadCypher()].find(([, text]) => text === query)?.[0] ?? '(unknown)';
const record = (row: Record<string, unknown>): RecordLike => ({
  get: (k: string) => {
    if (!(k in row)) throw new Error(`no column ${k}`);
    return row[k];
  },
});

export class FakeDriver implements DriverLike {
  calls: Call[] = [];
  answers = new Map<string, Answer>();
  reachable = true;
  sessionsOpened = 0;
  private txCount = 0;

  private down(): Error {
    return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' });
  }

  session({ defaultAccessMode }: { defaultAccessMode?: string }) {
    this.sessionsOpened++;
    const run = async <T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> => {
      if (!this.reachable) throw this.down();
      const tx = ++this.txCount;
      return work({
        run: async (query, params = {}) => {
          const name = nameOf(query);
          this.calls.push({ name, query, params, tx, mode: defaultAccessMode ?? 'WRITE' });
          return { records: (this.answers.get(name)?.(params) ?? []).map(record) };
        },
      });
    };
    return { executeRead: run, executeWrite: run, close: async () => undefined };
  }

  async verifyConnectivity(): Promise<unknown> {
    if (!this.reachable) throw this.down();
    return {};
  }

  async close(): Promise<void> {}
}
