import type { FileHandle } from 'node:fs/promises';

// Lines are encoded into one reused buffer and written a chunk at a time, rather than joined into
// a string per batch: such a string is a large object, which only a full collection frees, so on a
// large graph a save grew the heap by about the size of the file before V8 collected any of it.

/** Bytes gathered per write call. */
const CHUNK = 1 << 20;

/** Writes lines to a file through one reused buffer; `at` counts the bytes taken so far. */
export class LineWriter {
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  at = 0;

  constructor(
    private readonly handle: FileHandle,
    /** Called after each chunk is written (the index writer's own flush). */
    private readonly flushed?: () => Promise<void>,
  ) {}

  /**
   * Adds `text` and a newline (`bytes`: its UTF-8 length, when the caller has it). A promise only
   * when a chunk had to be written first: the caller awaits it before the next line.
   */
  line(text: string, bytes = Buffer.byteLength(text)): Promise<void> | undefined {
    if (this.used + bytes + 1 > CHUNK) return this.afterFlush(text, bytes);
    this.used += this.buffer.write(text, this.used);
    this.buffer[this.used++] = 0x0a;
    this.at += bytes + 1;
    return undefined;
  }

  /** Writes what is gathered. */
  async flush(): Promise<void> {
    if (this.used > 0) await writeAll(this.handle, this.buffer.subarray(0, this.used));
    this.used = 0;
    await this.flushed?.();
  }

  private async afterFlush(text: string, bytes: number): Promise<void> {
    await this.flush();
    if (bytes + 1 <= CHUNK) return this.line(text, bytes);
    // A line longer than the buffer (a very long document) is written by itself.
    await writeAll(this.handle, Buffer.from(`${text}\n`));
    this.at += bytes + 1;
  }
}

/** The whole of `bytes`, however many write calls it takes. */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let done = 0; done < bytes.length;) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
}
