// An uncached answer's UTF-8 bytes. A large answer (a timeline is 100–200 KB) encoded into a fresh
// buffer faults in fresh pages on every request: profiled, its encoding took 30% of an uncached
// timeline's CPU, and encoding into memory written before took about a third less. So large
// answers are encoded into slabs that are reused once the socket has written them (the `release`
// given to `res.end`); an answer that is kept (the response cache) gets its own exact buffer.
// The newline Apollo ends a body with is written after the text, not joined to it first (a
// joined 200 KB string is copied once more when it is flattened for encoding).

/** Below this many UTF-16 units an answer is encoded the ordinary way (node pools small buffers). */
const POOLED_FROM = 16 * 1024;

/** Pieces are joined up to about this many UTF-16 units before each write into the buffer. */
const PIECE = 4096;
/**
 * Below this many bytes (as `jsonSizeAtLeast` counts them), encodeJson stringifies the whole value
 * at once: its string is small enough to flatten cheaply, and one JSON.stringify call costs a
 * third to a half of the walk's many small ones (measured on a 14 KB lineage and a 4 KB page).
 */
const WHOLE_BELOW = 32 * 1024;
/** Levels of objects and arrays walked by encodeJson; values below are stringified whole. */
const WALKED_LEVELS = 4;

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Walked as JSON.stringify walks it: arrays, and objects with no toJSON of their own kind. */
function walkable(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** Writes JSON.stringify(value)'s text in pieces (value is not itself undefined or a function). */
function writeJson(value: unknown, put: (piece: string) => void, levels: number): void {
  if (levels === 0 || !walkable(value)) return put(JSON.stringify(value));
  if (Array.isArray(value)) {
    put('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) put(',');
      const item: unknown = value[i];
      if (skipped(item)) put('null');
      else writeJson(item, put, levels - 1);
    }
    return put(']');
  }
  put('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (skipped(item)) continue;
    put(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    writeJson(item, put, levels - 1);
  }
  put('}');
}

export interface AnswerBytes {
  bytes: Buffer;
  /** Hands the memory back once `bytes` has been written; absent when nothing is pooled. */
  release?: () => void;
}

/** `text` then `tail` (ASCII) as one exact buffer: for bytes that are kept. */
export function ownBytes(text: string, tail = ''): Buffer {
  const head = Buffer.byteLength(text);
  const bytes = Buffer.allocUnsafe(head + tail.length);
  bytes.write(text, 0, head, 'utf8');
  if (tail) bytes.write(tail, head, 'latin1');
  return bytes;
}

export class AnswerBuffers {
  private readonly free: Buffer[] = [];
  private held = 0;

  /** Memory kept for reuse is capped: the pool holds about what the open connections have in flight. */
  constructor(private readonly maxBytes = 16 * 1024 * 1024) {}

  encode(text: string, tail = ''): AnswerBytes {
    if (text.length < POOLED_FROM) return { bytes: ownBytes(text, tail) };
    const slab = this.take(text.length * 3 + tail.length); // UTF-8 takes at most 3 bytes per UTF-16 unit
    const head = slab.write(text, 0, 'utf8');
    const length = tail ? head + slab.write(tail, head, 'latin1') : head;
    return { bytes: slab.subarray(0, length), release: () => this.put(slab) };
  }

  /**
   * JSON.stringify(value) then `tail`, as UTF-8, without the one large string: V8 builds a large
   * stringify result as a tree of parts, and encoding it first flattens it into a new string in
   * large-object space (profiled: 1.1 ms user and 0.8 ms system time for a 230 KB answer, against
   * 0.13 ms to encode a flat one). The outer levels are walked here as JSON.stringify walks them
   * (own enumerable keys in order, undefined and functions left out, null in arrays); each value
   * below them is stringified on its own, small, and the pieces are written in batches. A value
   * whose JSON is known to be small (`sizeAtLeast` under WHOLE_BELOW) is stringified whole.
   */
  encodeJson(value: unknown, tail = '', sizeAtLeast = Infinity): AnswerBytes {
    if (sizeAtLeast < WHOLE_BELOW) return this.encode(JSON.stringify(value), tail);
    let slab = this.take(64 * 1024);
    let at = 0;
    let pending = '';
    const flush = () => {
      if (at + pending.length * 3 > slab.length) {
        const bigger = this.take(2 * (at + pending.length * 3));
        slab.copy(bigger, 0, 0, at);
        this.put(slab);
        slab = bigger;
      }
      at += slab.write(pending, at, 'utf8');
      pending = '';
    };
    const put = (piece: string) => {
      pending += piece;
      if (pending.length >= PIECE) flush();
    };
    writeJson(value, put, WALKED_LEVELS);
    put(tail);
    flush();
    const done = slab;
    return { bytes: slab.subarray(0, at), release: () => this.put(done) };
  }

  private take(most: number): Buffer {
    const at = this.free.findIndex((slab) => slab.length >= most);
    if (at < 0) return Buffer.allocUnsafeSlow(2 ** Math.ceil(Math.log2(most)));
    const slab = this.free.splice(at, 1)[0]!;
    this.held -= slab.length;
    return slab;
  }

  private put(slab: Buffer): void {
    if (this.held + slab.length > this.maxBytes) return;
    this.free.push(slab);
    this.held += slab.length;
  }
}
