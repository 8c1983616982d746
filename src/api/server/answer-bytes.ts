// An uncached answer's UTF-8 bytes. A large answer (a timeline is 100–200 KB) encoded into a fresh
// buffer faults in fresh pages on every request: profiled, its encoding took 30% of an uncached
// timeline's CPU, and encoding into memory written before took about a third less. So large
// answers are encoded into slabs that are reused once the socket has written them (the `release`
// given to `res.end`); an answer that is kept (the response cache) gets its own exact buffer.
// The newline Apollo ends a body with is written after the text, not joined to it first (a
// joined 200 KB string is copied once more when it is flattened for encoding).

/** Below this many UTF-16 units an answer is encoded the ordinary way (node pools small buffers). */
const POOLED_FROM = 16 * 1024;

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
    const most = text.length * 3 + tail.length; // UTF-8 takes at most 3 bytes per UTF-16 unit
    const at = this.free.findIndex((slab) => slab.length >= most);
    let slab: Buffer;
    if (at >= 0) {
      slab = this.free.splice(at, 1)[0]!;
      this.held -= slab.length;
    } else slab = Buffer.allocUnsafeSlow(2 ** Math.ceil(Math.log2(most)));
    const head = slab.write(text, 0, 'utf8');
    const length = tail ? head + slab.write(tail, head, 'latin1') : head;
    return { bytes: slab.subarray(0, length), release: () => this.put(slab) };
  }

  private put(slab: Buffer): void {
    if (this.held + slab.length > this.maxBytes) return;
    this.free.push(slab);
    this.held += slab.length;
  }
}
