import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { FactsCache } from './facts-cache';

// The facts cache on disk, beside the store's snapshot: a header line, then one line per
// document (key, tab, wire JSON; JSON never holds a raw newline or tab). Written to a temporary
// file and renamed, like the snapshot. It is only a cache: a missing, foreign or damaged file
// means an empty cache (every document is extracted again), never a failed ingest.
// A re-ingest that extracted a few documents appends their lines instead of rewriting every
// document's facts (a later line with the same key wins); once the lines of entries no longer
// held outnumber the live ones, the file is rewritten whole.

const HEADER = 'plangraph-facts-cache/1';
const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * Writes entries' lines (key, tab, wire bytes, newline) through one buffer, grown as needed: a
 * buffer per line would leave the allocator holding as much memory as the whole file.
 */
async function writeLines(handle: FileHandle, entries: Iterable<[string, Buffer]>): Promise<void> {
  let line = Buffer.alloc(0);
  for (const [key, wire] of entries) {
    const size = key.length + 1 + wire.length + 1;
    if (line.length < size) line = Buffer.allocUnsafeSlow(Math.max(size, 2 * line.length));
    let at = line.write(key, 0, 'latin1');
    line[at++] = TAB;
    at += wire.copy(line, at);
    line[at++] = NEWLINE;
    await handle.write(line, 0, at);
  }
}

/**
 * `spill`: entries put are written to a file beside this one (`FactsCache`'s spill) instead of
 * held in memory until saved; the caller closes the cache once its build is done.
 */
export async function loadFactsCache(file: string, options: { spill?: boolean } = {}): Promise<FactsCache> {
  const spill = options.spill ? `${file}.${process.pid}.spill` : undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return new FactsCache([], undefined, spill);
  }
  // Read as bytes and kept as views of them: no string of the whole file (which could pass V8's
  // string limit) and no copy per entry.
  const header = Buffer.from(`${HEADER}\n`);
  // A file cut short (no final newline) is not trusted at all.
  if (!bytes.subarray(0, header.length).equals(header) || bytes[bytes.length - 1] !== NEWLINE) return new FactsCache([], undefined, spill);
  const entries: [string, Buffer][] = [];
  for (let at = header.length; at < bytes.length;) {
    const end = bytes.indexOf(NEWLINE, at);
    if (end > at) {
      const tab = bytes.indexOf(TAB, at);
      if (tab - at !== 64 || tab > end) return new FactsCache([], undefined, spill); // keys are sha256 hex: anything else is damage
      entries.push([bytes.toString('latin1', at, tab), bytes.subarray(tab + 1, end)]);
    }
    at = end + 1;
  }
  return new FactsCache(entries, entries.length, spill);
}

export async function saveFactsCache(cache: FactsCache, file: string): Promise<void> {
  if (cache.released) throw new Error('a facts cache let go after saving cannot be saved again');
  const added = cache.addedCount;
  if (cache.fileLines !== undefined && cache.fileLines + added <= 2 * cache.size) return appendEntries(cache.added(), added, file);
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.write(`${HEADER}\n`);
    // Written entry by entry: the whole cache as one string could pass V8's string limit.
    await writeLines(handle, cache);
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
async function appendEntries(entries: Iterable<[string, Buffer]>, count: number, file: string): Promise<void> {
  if (count === 0) return;
  const handle = await open(file, 'a');
  try {
    await writeLines(handle, entries);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
