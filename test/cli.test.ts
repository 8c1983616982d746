import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli';
import type { ExportGraph } from '../src/model';

const SEEDS = join(__dirname, '..', 'seeds');

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { code, out, err };
}

describe('plangraph CLI', () => {
  it('prints usage and exits 2 on an unknown command or missing paths', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command 'frobnicate'/);
    expect(unknown.err).toMatch(/Usage: plangraph/);
    expect((await run(['export'])).code).toBe(2);
    expect((await run(['help'])).code).toBe(0);
  });

  it('exports the seeds in the ontology format, every source quoting its document exactly', async () => {
    const { code, out } = await run(['export', SEEDS]);
    expect(code).toBe(0);
    const g = JSON.parse(out) as ExportGraph;
    expect(g.documents.map((d) => d.id)).toHaveLength(5);
    const texts = new Map(g.documents.map((d) => [d.id, readFileSync(join(SEEDS, `${d.id}.txt`), 'utf8')]));
    const spans = [...g.nodes, ...g.relationships].flatMap((x) => x.sources);
    expect(spans.length).toBeGreaterThan(500);
    for (const s of spans) expect(texts.get(s.document)!.slice(s.start, s.end)).toBe(s.text);
    const plan = g.nodes.find((n) => n.label === 'Plan' && n.name === '数字青岛2025年行动方案');
    expect(plan?.properties.docNumber).toBe('青政办字【2025】21号');
  });

  it('writes --out atomically and gives the same bytes on a second run (stable ids)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
    await run(['export', '--out', join(dir, 'a.json'), SEEDS]);
    await run(['export', '--out', join(dir, 'b.json'), SEEDS]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  it('names each refused file, still exports the rest, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
    copyFileSync(join(SEEDS, '003_204df86a34e42382.txt'), join(dir, 'plan.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, out, err } = await run(['export', dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/rejected: .*empty\.txt: /);
    expect(err).toMatch(/1 file\(s\) rejected/);
    expect((JSON.parse(out) as ExportGraph).documents.map((d) => d.id)).toEqual(['plan']);
  });

  it('reports counts, targets without results and unlinked results', async () => {
    const { code, out } = await run(['stats', '--json', SEEDS]);
    expect(code).toBe(0);
    const q = JSON.parse(out);
    expect(q.documents).toBe(5);
    expect(q.nodesByLabel.Plan).toBeGreaterThan(5);
    expect(q.relationshipsByType.LED_TO).toBeGreaterThan(0);
    expect(Array.isArray(q.indicatorsWithTargetsButNoResults)).toBe(true);
    expect(typeof q.resultsWithoutTask).toBe('number');
  });
});
