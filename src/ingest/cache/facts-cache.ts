import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import type { DocumentRecord } from '../../model';
import type { DocumentFacts } from '../extract';
import type { Lexicon } from '../lexicon';
import { decodeFacts, encodeFacts } from '../parallel/wire';
import { extractionCodeVersion } from './code-version';

// Each document's extracted facts (segment + extract), kept by what they depend on: the record
// as read (its text by hash, id, path, encoding), the lexicon and the extraction code. Resolve
// and link re-run over cached facts, so a rebuild with the cache is the same graph as without it,
// and re-ingesting a folder extracts only the documents that are new or changed.
// Facts are kept in the workers' compact wire form (no text, references as indices), as UTF-8
// bytes: a build holds every document's entry while it resolves and links the whole corpus, and
// bytes outside the JS heap are the heap's room for that (as strings they took twice the space, in it).

const lexiconVersions = new WeakMap<Lexicon, string>();

function lexiconVersion(lexicon: Lexicon): string {
  let v = lexiconVersions.get(lexicon);
  if (!v) lexiconVersions.set(lexicon, (v = createHash('sha256').update(JSON.stringify(lexicon)).digest('hex').slice(0, 16)));
  return v;
}

/**
 * What extraction reads of a record: its text (by hash), id, path and encoding. Kind, title,
 * date and period are not inputs (segment reads them from the text), so a record as read and
 * the same record as stored after ingest share one entry.
 */
function recordKey(d: DocumentRecord): string {
  return JSON.stringify([d.id, d.path, d.chars, d.encoding, d.hash]);
}

/** An entry written to the cache's spill file: where its bytes lie there. */
interface Spilled {
  at: number;
  length: number;
}

/**
 * A file the cache writes each new entry to as it is put, instead of holding its bytes: a fresh
 * ingest of 10,000 documents would otherwise hold ~640 MB of entries from extraction to resolve,
 * and memory the allocator took for them stays in the process after they are let go. Unlinked as
 * soon as it is opened, so nothing is left behind; its descriptor is closed by `close`.
 */
interface Spill {
  path: string;
  fd?: number;
  size: number;
}

export interface CacheStats {
  hits: number;
  extracted: number;
}

export class FactsCache {
  private readonly entries: Map<string, Buffer | Spilled>;
  private readonly used = new Set<string>();
  /** Entries put since the cache was read from its file: what an append must write. */
  private readonly fresh = new Set<string>();
  readonly stats: CacheStats = { hits: 0, extracted: 0 };
  /** Saved and let go (`release`): it holds no entry any more, and must not be saved again. */
  private spent = false;

  private spill?: Spill;
  /** Where entries read one at a time and at once decoded are read into (see `bytes`). */
  private readonly scratch = { buffer: Buffer.alloc(0) };

  /**
   * `fileLines`: entries in the file this cache was read from (undefined: not from a file).
   * `spill`: a path for a file where entries put are kept instead of in memory (see `Spill`).
   */
  constructor(
    entries: Iterable<[string, Buffer]> = [],
    readonly fileLines?: number,
    spill?: string,
  ) {
    this.entries = new Map(entries);
    if (spill !== undefined) this.spill = { path: spill, size: 0 };
  }

  /** Entries held in memory (the others are in the spill file). */
  get heldInMemory(): number {
    let n = 0;
    for (const e of this.entries.values()) if (Buffer.isBuffer(e)) n++;
    return n;
  }

  private write(wire: Buffer | string): Spilled {
    const spill = this.spill!;
    if (spill.fd === undefined) {
      spill.fd = openSync(spill.path, 'w+');
      try {
        unlinkSync(spill.path);
      } catch {
        // left for `close` (a system that cannot unlink an open file)
      }
    }
    const length = Buffer.byteLength(wire, 'utf8');
    const written =
      typeof wire === 'string' ? writeSync(spill.fd, wire, spill.size, 'utf8') : writeSync(spill.fd, wire, 0, length, spill.size);
    if (written !== length) throw new Error(`facts cache spill: wrote ${written} of ${length} bytes`);
    const place = { at: spill.size, length };
    spill.size += length;
    return place;
  }

  /**
   * An entry's bytes. One in the spill file is read into `into` (a buffer kept for the next read,
   * grown as needed; the view is good until then), or into its own buffer when none is given: a
   * buffer per entry read would leave the allocator holding as much memory as the cache held whole.
   */
  private bytes(held: Buffer | Spilled, into?: { buffer: Buffer }): Buffer {
    if (Buffer.isBuffer(held)) return held;
    const fd = this.spill?.fd;
    if (fd === undefined) throw new Error('facts cache spill: read after close');
    if (into && into.buffer.length < held.length) into.buffer = Buffer.allocUnsafeSlow(Math.max(held.length, 2 * into.buffer.length));
    const out = into ? into.buffer : Buffer.allocUnsafe(held.length);
    for (let done = 0; done < held.length;) {
      const n = readSync(fd, out, done, held.length - done, held.at + done);
      if (n === 0) throw new Error('facts cache spill: cut short');
      done += n;
    }
    return out.subarray(0, held.length);
  }

  /** Closes the spill file: entries put, and readers `put` returned, can no longer be read. */
  close(): void {
    const spill = this.spill;
    if (spill?.fd === undefined) return;
    closeSync(spill.fd);
    spill.fd = undefined;
    try {
      unlinkSync(spill.path);
    } catch {
      // already unlinked when opened
    }
    for (const [key, held] of this.entries) if (!Buffer.isBuffer(held)) this.entries.delete(key);
  }

  private key(d: DocumentRecord, lexicon: Lexicon): string {
    return createHash('sha256')
      .update(extractionCodeVersion())
      .update('\0')
      .update(lexiconVersion(lexicon))
      .update('\0')
      .update(recordKey(d))
      .digest('hex');
  }

  get size(): number {
    return this.entries.size;
  }

  /** This document's facts as extraction gave them, or undefined when they must be extracted. */
  get(d: DocumentRecord, lexicon: Lexicon): DocumentFacts | undefined {
    const key = this.key(d, lexicon);
    const held = this.entries.get(key);
    if (held === undefined) return undefined;
    let facts: DocumentFacts | undefined;
    try {
      facts = decodeFacts(this.bytes(held, this.scratch).toString('utf8'), [d])[0];
    } catch {
      facts = undefined; // a damaged entry: extract the document again
    }
    if (!facts) {
      this.entries.delete(key);
      return undefined;
    }
    this.used.add(key);
    this.stats.hits++;
    return facts;
  }

  /**
   * This document's entry as kept (the wire form, as UTF-8), or undefined when it must be
   * extracted: a build decodes it only when resolve reaches the document. `valid` reads it first;
   * an entry it refuses is damaged, and dropped.
   */
  entry(d: DocumentRecord, lexicon: Lexicon, valid: (wire: Buffer) => boolean): Buffer | undefined {
    const key = this.key(d, lexicon);
    const held = this.entries.get(key);
    if (held === undefined) return undefined;
    const wire = this.bytes(held);
    let ok: boolean;
    try {
      ok = valid(wire);
    } catch {
      ok = false; // a damaged entry: extract the document again
    }
    if (!ok) {
      this.entries.delete(key);
      return undefined;
    }
    this.used.add(key);
    this.stats.hits++;
    return wire;
  }

  /**
   * `facts` were just extracted from `d` (the record as given to extraction); `wire`, when given,
   * is their compact form as a worker sent it (`encodeFacts([facts])`), and then the facts
   * themselves need not be given. Returns a reader of the entry (its wire text), which still reads
   * after `release` (from the spill file, until `close`).
   */
  put(d: DocumentRecord, facts: DocumentFacts | undefined, lexicon: Lexicon, wire?: Buffer | string): () => string {
    if (!facts && wire === undefined) throw new Error('a cache entry needs facts or their wire form');
    const key = this.key(d, lexicon);
    const form = wire ?? encodeFacts([facts!]);
    const held = this.spill ? this.write(form) : typeof form === 'string' ? Buffer.from(form, 'utf8') : form;
    this.entries.set(key, held);
    this.used.add(key);
    this.fresh.add(key);
    this.stats.extracted++;
    return () => this.bytes(held, this.scratch).toString('utf8');
  }

  /** Drops every entry no build since the last call used: removed or changed documents go. */
  retainUsed(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  /**
   * Lets every entry go once the cache is saved. A build keeps its own reference to each document's
   * entry until resolve has read it, so the bytes leave memory document by document instead of
   * staying to the end of the ingest (at 10,000 documents they are hundreds of MB); entries in the
   * spill file stay readable there until `close`.
   */
  release(): void {
    this.spent = true;
    this.entries.clear();
    this.used.clear();
    this.fresh.clear();
  }

  /** Whether `release` let the entries go: saving it now would write an empty cache over a full one. */
  get released(): boolean {
    return this.spent;
  }

  /** How many entries `added` gives. */
  get addedCount(): number {
    let n = 0;
    for (const key of this.fresh) if (this.entries.has(key)) n++;
    return n;
  }

  /** Entries put since the cache was read (still held), for appending to its file; each entry's bytes are good until the next is taken. */
  *added(): IterableIterator<[string, Buffer]> {
    const into = { buffer: Buffer.alloc(0) };
    for (const key of this.fresh) {
      const held = this.entries.get(key);
      if (held !== undefined) yield [key, this.bytes(held, into)];
    }
  }

  /** Entries in a stable order, for a file; each entry's bytes are good until the next is taken. */
  *[Symbol.iterator](): IterableIterator<[string, Buffer]> {
    const sorted = [...this.entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const into = { buffer: Buffer.alloc(0) };
    for (const [key, held] of sorted) yield [key, this.bytes(held, into)];
  }
}
