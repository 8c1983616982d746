import * as crypto from 'node:crypto';
import { open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { LineWriter } from './line-writer';

// What a snapshot file holds, kept beside it (`<file>.index`) so a re-ingest can tell what changed
// without loading the graph: each document's line (its slot, hash and byte range, to read its
// text alone), a hash of each node's and relationship's line, and the stamp of the file version
// it describes. A stale index (the file was written since, or the index is damaged) is simply
// not used: the store then loads the file and writes it whole, as it always could.

export interface IndexedDocument {
  /** Position of its line among the file's document lines (a span cites it by this number). */
  slot: number;
  hash: string;
  /** Byte offset and length of its line in the snapshot file. */
  at: number;
  bytes: number;
}

export interface SnapshotIndex {
  /** The snapshot file version this index describes (see `fileStamp`). */
  stamp: string;
  /** The file's size: where the next patch begins. */
  bytes: number;
  /** Size of the file when last written whole: patches past this much are compacted away. */
  baseBytes: number;
  /** Document lines in the file so far (replaced ones included): the next line's slot. */
  slots: number;
  documents: Map<string, IndexedDocument>;
  nodes: Map<string, string>;
  relationships: Map<string, string>;
}

/** The index of an absent file: nothing held. */
export const emptyIndex = (stamp: string): SnapshotIndex => ({
  stamp,
  bytes: 0,
  baseBytes: 0,
  slots: 0,
  documents: new Map(),
  nodes: new Map(),
  relationships: new Map(),
});

/** Identifies one version of a file: a whole save renames a new inode over it, a patch grows it. */
export const fileStamp = (file: string): Promise<string> =>
  stat(file).then(
    (s) => `${s.ino}:${s.size}:${s.mtimeMs}`,
    () => 'absent',
  );

// crypto.hash (Node ≥ 20.12) is the one-shot form: the same digest without a Hash object per
// line, and a re-ingest hashes every node's and relationship's line to find what changed.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64') => string }).hash;

/** A line's hash: equal lines are the same fact in the same state. */
export const lineHash = (line: string): string =>
  (oneShot ? oneShot('md5', line, 'base64') : crypto.createHash('md5').update(line).digest('base64')).slice(0, 22);

const HEADER = 'plangraph-snapshot-index/1';
export const indexFile = (file: string): string => `${file}.index`;

/** The index's lines, as `writeIndex` and `IndexWriter` both write them. */
type IndexHead = Pick<SnapshotIndex, 'stamp' | 'bytes' | 'baseBytes' | 'slots'>;
const headLine = ({ stamp, bytes, baseBytes, slots }: IndexHead) => JSON.stringify({ format: HEADER, stamp, bytes, baseBytes, slots });
const documentLine = (id: string, d: IndexedDocument) => `d\t${JSON.stringify([id, d.slot, d.hash, d.at, d.bytes])}`;
const factLine = (kind: 'n' | 'r', id: string, hash: string) => `${kind}\t${hash}\t${JSON.stringify(id)}`;

/** Writes `<file>.index` from its lines (the head first), through a temporary file renamed over it. */
async function writeIndexLines(file: string, head: IndexHead, body: (handle: FileHandle) => Promise<void>): Promise<void> {
  const target = indexFile(file);
  const tmp = `${target}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.write(`${headLine(head)}\n`);
    await body(handle);
    await handle.write('end\n');
  } finally {
    await handle.close();
  }
  await rename(tmp, target).catch(async (err: unknown) => {
    await unlink(tmp).catch(() => undefined);
    throw err;
  });
}

export async function writeIndex(file: string, index: SnapshotIndex): Promise<void> {
  await writeIndexLines(file, index, async (handle) => {
    // Streamed from the maps: an array of every entry's line would hold millions of strings.
    const out = new LineWriter(handle);
    const entries = function* () {
      for (const [id, d] of index.documents) yield documentLine(id, d);
      for (const [id, h] of index.nodes) yield factLine('n', id, h);
      for (const [id, h] of index.relationships) yield factLine('r', id, h);
    };
    for (const line of entries()) {
      const full = out.line(line);
      if (full) await full;
    }
    await out.flush();
  });
}

/**
 * The index of a snapshot being written whole, written as its lines are: each entry goes to a
 * temporary body file at once, so a save never holds an entry per fact (millions, for a large
 * corpus). `finish`, once the snapshot is in place, writes the index file (the head names the
 * finished file's stamp, so it comes first) with the body copied after it. The index only saves
 * work: a failed write leaves no index, never a failed save.
 */
export class IndexWriter {
  private pending: string[] = [];
  private failed = false;
  private readonly out: LineWriter;

  private constructor(
    private readonly file: string,
    private readonly bodyFile: string,
    private readonly handle: FileHandle,
  ) {
    this.out = new LineWriter(handle);
  }

  /** Undefined when the body file cannot be opened (the save goes on without an index). */
  static async open(file: string): Promise<IndexWriter | undefined> {
    const bodyFile = `${indexFile(file)}.${process.pid}.body.tmp`;
    const handle = await open(bodyFile, 'w').catch(() => undefined);
    return handle && new IndexWriter(file, bodyFile, handle);
  }

  document(id: string, d: IndexedDocument): void {
    this.pending.push(documentLine(id, d));
  }

  fact(kind: 'n' | 'r', id: string, hash: string): void {
    this.pending.push(factLine(kind, id, hash));
  }

  /** Writes the entries noted since the last flush (through one reused buffer, not one joined string). */
  async flush(): Promise<void> {
    const lines = this.pending;
    this.pending = [];
    if (this.failed || lines.length === 0) return;
    try {
      for (const line of lines) {
        const full = this.out.line(line);
        if (full) await full;
      }
      await this.out.flush();
    } catch {
      this.failed = true;
    }
  }

  /** The index file, for the snapshot as it now is (`head` without the stamp, read here). */
  async finish(head: Omit<IndexHead, 'stamp'>): Promise<void> {
    await this.flush();
    await this.handle.close().catch(() => (this.failed = true));
    try {
      if (this.failed) return;
      const stamp = await fileStamp(this.file);
      await writeIndexLines(this.file, { ...head, stamp }, async (handle) => {
        const body = await open(this.bodyFile, 'r');
        try {
          const chunk = Buffer.alloc(4 << 20);
          for (let n; (n = (await body.read(chunk, 0, chunk.length)).bytesRead) > 0;) await handle.write(chunk.subarray(0, n));
        } finally {
          await body.close();
        }
      });
    } catch {
      // No index: the next re-ingest loads the file instead.
    } finally {
      await unlink(this.bodyFile).catch(() => undefined);
    }
  }

  /** No index after all (the graph is not a build's, or the save failed). */
  async discard(): Promise<void> {
    this.pending = [];
    await this.handle.close().catch(() => undefined);
    await unlink(this.bodyFile).catch(() => undefined);
  }
}

/** The index of `file` as it is now, or undefined when there is none that describes it. */
export async function readIndex(file: string, stampNow: string): Promise<SnapshotIndex | undefined> {
  if (stampNow === 'absent') return emptyIndex(stampNow);
  let text: string;
  try {
    text = await readFile(indexFile(file), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  try {
    const head = JSON.parse(lines[0] ?? '') as { format?: string; stamp?: string; bytes: number; baseBytes: number; slots: number };
    if (head.format !== HEADER || head.stamp !== stampNow || lines[lines.length - 2] !== 'end') return undefined;
    const index: SnapshotIndex = { ...emptyIndex(stampNow), bytes: head.bytes, baseBytes: head.baseBytes, slots: head.slots };
    for (let i = 1; i < lines.length - 2; i++) {
      const line = lines[i]!;
      if (line.startsWith('d\t')) {
        const [id, slot, hash, at, bytes] = JSON.parse(line.slice(2)) as [string, number, string, number, number];
        index.documents.set(id, { slot, hash, at, bytes });
      } else {
        const tab = line.indexOf('\t', 2);
        const map = line[0] === 'n' ? index.nodes : index.relationships;
        map.set(JSON.parse(line.slice(tab + 1)) as string, line.slice(2, tab));
      }
    }
    return index;
  } catch {
    return undefined; // a damaged index is no index
  }
}
