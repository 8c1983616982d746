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
    expect(unknown.err).toMatch(/plangraph --help/);
    const missing = await run(['export']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing required argument 'path'/);
    expect((await run(['remove'])).err).toMatch(/missing required argument 'document-id'/);
    expect((await run([])).code).toBe(2);
  });

  it('has help for every command on stdout, and a version', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['serve', 'ingest', 'export', 'stats', 'remove', 'schema']) {
      expect(top.out).toContain(command);
      const help = await run([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`Usage: plangraph ${command}`));
      expect(help.err).toBe('');
    }
    expect((await run(['help', 'ingest'])).out).toMatch(/Usage: plangraph ingest/);
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.out.trim()).toBe(
      (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('refuses options that do not apply, on stderr with exit 2', async () => {
    const wrong = await run(['ingest', '--out', 'x.json', SEEDS]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/unknown option '--out'/);
    expect((await run(['schema', '--ingest', SEEDS])).code).toBe(2);
    const jsonWithoutOut = await run(['export', '--json', SEEDS]);
    expect(jsonWithoutOut.code).toBe(2);
    expect(jsonWithoutOut.err).toMatch(/--json needs --out/);
  });

  it('gives a JSON result with --json, rejections included, and nothing else on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
    copyFileSync(join(SEEDS, '003_204df86a34e42382.txt'), join(dir, 'plan.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, out, err } = await run(['export', '--json', '--out', join(dir, 'g.json'), dir]);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ command: 'export', ok: false, exitCode: 1, documents: 1 });
    expect(result.rejected).toEqual([{ path: join(dir, 'empty.txt'), reason: expect.stringMatching(/empty/) }]);
    expect(err).not.toMatch(/rejected:/);
    const schema = JSON.parse((await run(['schema', '--json'])).out);
    expect(schema.sdl).toMatch(/type Query/);
  });

  it('quotes file names, so a name with a line break stays one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
    writeFileSync(join(dir, 'a\nrejected: forged.txt'), '');
    const { err } = await run(['stats', dir]);
    const lines = err.split('\n').filter((l) => l.startsWith('rejected:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('\\n');
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
    expect(err).toMatch(/rejected: ".*empty\.txt": /);
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
