// Derived answers kept for one graph version (the graph changes only on ingest): an indicator's
// timeline is rebuilt from hundreds of edges and their tasks and results, but only once per
// version; the next write's version empties the memo. Answers are shared and read-only.

/** Most answers held for one version; beyond it the memo starts afresh. */
const MAX_ENTRIES = 512;

export class VersionMemo {
  private version: number | null = null;
  private readonly answers = new Map<string, Promise<unknown>>();

  /** Both stores' versions count every write to the graph (Neo4j keeps it in the graph). */
  constructor(private readonly enabled = true) {}

  get<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    if (version !== this.version) {
      this.answers.clear();
      this.version = version;
    }
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (!answer) {
      if (this.answers.size >= MAX_ENTRIES) this.answers.clear();
      answer = compute();
      this.answers.set(key, answer);
      // a failed computation (store unavailable) is not remembered
      answer.catch(() => this.answers.get(key) === answer && this.answers.delete(key));
    }
    return answer;
  }
}
