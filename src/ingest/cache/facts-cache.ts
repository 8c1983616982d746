import { createHash } from 'node:crypto';
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

export interface CacheStats {
  hits: number;
  extracted: number;
}

export class FactsCache {
  private readonly entries: Map<string, Buffer>;
  private readonly used = new Set<string>();
  /** Entries put since the cache was read from its file: what an append must write. */
  private readonly fresh = new Set<string>();
  readonly stats: CacheStats = { hits: 0, extracted: 0 };
  /** Saved and let go (`release`): it holds no entry any more, and must not be saved again. */
  private spent = false;

  /** `fileLines`: entries in the file this cache was read from (undefined: not from a file). */
  constructor(
    entries: Iterable<[string, Buffer]> = [],
    readonly fileLines?: number,
  ) {
    this.entries = new Map(entries);
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
    const wire = this.entries.get(key);
    if (wire === undefined) return undefined;
    let facts: DocumentFacts | undefined;
    try {
      facts = decodeFacts(wire.toString('utf8'), [d])[0];
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
    const wire = this.entries.get(key);
    if (wire === undefined) return undefined;
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
   * is their compact form as a worker sent it (`encodeFacts([facts])`, as UTF-8), and then the
   * facts themselves need not be given.
   */
  put(d: DocumentRecord, facts: DocumentFacts | undefined, lexicon: Lexicon, wire?: Buffer): void {
    if (!facts && !wire) throw new Error('a cache entry needs facts or their wire form');
    const key = this.key(d, lexicon);
    this.entries.set(key, wire ?? Buffer.from(encodeFacts([facts!]), 'utf8'));
    this.used.add(key);
    this.fresh.add(key);
    this.stats.extracted++;
  }

  /** Drops every entry no build since the last call used: removed or changed documents go. */
  retainUsed(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  /**
   * Lets every entry go once the cache is saved. A build keeps its own reference to each document's
   * entry until resolve has read it, so the bytes leave memory document by document instead of
   * staying to the end of the ingest (at 10,000 documents they are hundreds of MB).
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

  /** Entries put since the cache was read (still held), for appending to its file. */
  *added(): IterableIterator<[string, Buffer]> {
    for (const key of this.fresh) {
      const wire = this.entries.get(key);
      if (wire !== undefined) yield [key, wire];
    }
  }

  /** Entries in a stable order, for a file. */
  *[Symbol.iterator](): IterableIterator<[string, Buffer]> {
    yield* [...this.entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}
