import { mkdtempSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineWriter } from '../../../src/graph/embedded/line-writer';

// A save's lines go through one 1 MB buffer: lines that cross a chunk's end, a line longer than the
// buffer and multi-byte text must come out whole, in order, with `at` at each line's byte offset.

describe('LineWriter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-line-writer-'));

  it('writes every line whole and in order across chunks, and counts bytes as UTF-8', async () => {
    const file = join(dir, 'lines.txt');
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(`{"n":${i},"text":"统筹推进无废城市数字化${'x'.repeat(i % 97)}"}`);
    lines.splice(7_000, 0, '长'.repeat(700_000)); // 2.1 MB in UTF-8: longer than the buffer
    const offsets: number[] = [];
    let flushes = 0;
    const handle = await open(file, 'w');
    const out = new LineWriter(handle, async () => void flushes++);
    for (const line of lines) {
      offsets.push(out.at);
      const full = out.line(line);
      if (full) await full;
    }
    await out.flush();
    await handle.close();
    const bytes = readFileSync(file);
    expect(out.at).toBe(bytes.length);
    expect(bytes.toString('utf8')).toBe(`${lines.join('\n')}\n`);
    for (const i of [0, 6_999, 7_000, 7_001, 20_000]) {
      const end = i + 1 < offsets.length ? offsets[i + 1]! - 1 : bytes.length - 1;
      expect(bytes.toString('utf8', offsets[i], end)).toBe(lines[i]);
    }
    expect(flushes).toBeGreaterThan(2);
  });
});
