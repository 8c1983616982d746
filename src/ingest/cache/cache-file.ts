import { open, readFile, rename, unlink } from 'node:fs/promises';
import { FactsCache } from './facts-cache';

// The facts cache on disk, beside the store's snapshot: a header line, then one line per
// document (key, tab, wire JSON; JSON never holds a raw newline or tab). Written to a temporary
// file and renamed, like the snapshot. It is only a cache: a missing, foreign or damaged file
// means an empty cache (every document is extracted again), never a failed ingest.
// A re-ingest that extracted a few documents appends their lines instead of rewriting every
// document's facts (a later line with the same key wins); once the lines of entries no longer
// held outnumber the live ones, the file is rewritten whole.

const HEADER = 'plangraph-facts-cache/1';

export async function loadFactsCache(file: string): Promise<FactsCache> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return new FactsCache();
  }
  const lines = text.split('\n');
  // A file cut short (no final newline) is not trusted at all.
  if (lines[0] !== HEADER || !text.endsWith('\n')) return new FactsCache();
  const entries: [string, string][] = [];
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    if (tab !== 64) return new FactsCache(); // keys are sha256 hex: anything else is damage
    entries.push([line.slice(0, tab), line.slice(tab + 1)]);
  }
  return new FactsCache(entries, entries.length);
}

export async function saveFactsCache(cache: FactsCache, file: string): Promise<void> {
  const added = [...cache.added()];
  if (cache.fileLines !== undefined && cache.fileLines + added.length <= 2 * cache.size) return appendEntries(added, file);
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.write(`${HEADER}\n`);
    // Written entry by entry: the whole cache as one string could pass V8's string limit.
    for (const [key, wire] of cache) await handle.write(`${key}\t${wire}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** New entries at the end of the file the cache was read from (under the snapshot's lock). */
async function appendEntries(entries: [string, string][], file: string): Promise<void> {
  if (entries.length === 0) return;
  const handle = await open(file, 'a');
  try {
    for (const [key, wire] of entries) await handle.write(`${key}\t${wire}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
