import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleTemps, saveGraph } from '../../../src/graph/embedded/snapshot';
import { fileStamp, lineHash, readIndex, writeIndex } from '../../../src/graph/embedded/snapshot-index';
import { planGraph } from '../../fixtures/graph/plan-graph';

// A whole save writes its index as the lines go (each entry to a body file at once, the head
// after): the index must describe every line of the file, and be what writeIndex writes of it.

describe('the index a whole save writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-snapshot-index-'));
  const file = join(dir, 'graph.snap');

  it("names each document's line by its place and each fact by its line's hash", async () => {
    await saveGraph(planGraph, file, { index: true });
    const bytes = readFileSync(file);
    const index = (await readIndex(file, await fileStamp(file)))!;
    expect(index).toBeDefined();
    expect(index.bytes).toBe(bytes.length);
    expect(index.baseBytes).toBe(bytes.length);
    expect(index.slots).toBe(planGraph.documents.length);
    for (const [slot, d] of planGraph.documents.entries()) {
      const entry = index.documents.get(d.id)!;
      expect(entry.slot).toBe(slot);
      expect(JSON.parse(bytes.toString('utf8', entry.at, entry.at + entry.bytes))).toMatchObject({ id: d.id, text: d.text });
    }
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    const factLines = lines.slice(1 + planGraph.documents.length);
    expect([...index.nodes.keys(), ...index.relationships.keys()]).toEqual(
      [...planGraph.nodes, ...planGraph.relationships].map((f) => f.id),
    );
    expect([...index.nodes.values(), ...index.relationships.values()]).toEqual(factLines.map(lineHash));
  });

  it('is byte for byte what writeIndex writes of the same entries, and leaves no temporary file', async () => {
    const written = readFileSync(`${file}.index`, 'utf8');
    const index = (await readIndex(file, await fileStamp(file)))!;
    await writeIndex(file, index);
    expect(readFileSync(`${file}.index`, 'utf8')).toBe(written);
    expect(readdirSync(dir).sort()).toEqual(['graph.snap', 'graph.snap.index']);
  });

  it("counts a killed save's index body among the temp files the next writer removes", async () => {
    writeFileSync(`${file}.index.999993.body.tmp`, 'n\tx\t"Task:1"\n');
    expect(await removeStaleTemps(file)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['graph.snap', 'graph.snap.index']);
  });
});
