import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The suites that use the live server (store contract, parity) each empty and refill the one
// Neo4j database; jest runs test files in parallel workers, so they take turns: a lock folder in
// the temp directory, holding the owner's pid (a lock left by a dead process is taken over).

const LOCK = join(tmpdir(), `plangraph-neo4j-tests-${(process.env.NEO4J_URI ?? '').replace(/\W+/g, '_')}.lock`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function ownerAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    if (!pid) return true; // being written: give it a moment
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function lockNeo4j(timeoutMs = 600_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (!ownerAlive()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another test run holds ${LOCK}`, { cause: err });
      else await sleep(200);
    }
  }
}
