import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DOCUMENT } from '../../src/api/server/ui/examples';

// The client recipe (clients/codegen) must keep compiling: its operations, the server's example
// operations among them, are generated into types from the committed schema and read by
// usage.ts under tsc --strict. A schema change that breaks a client breaks this test.
// (The code generator is ESM-only inside; it runs as its own process, as `npm run codegen` does.)

const ROOT = join(__dirname, '../..');
const DIR = join(ROOT, 'clients/codegen');
const EXAMPLES = join(DIR, 'operations/examples.graphql');

function run(bin: string, args: string[], env: Record<string, string> = {}): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [bin, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'development', JEST_WORKER_ID: '', ...env },
    });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const codegen = (env: Record<string, string> = {}) =>
  run(join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), ['--config', join(DIR, 'codegen.ts')], env);

describe('client recipe (GraphQL Code Generator)', () => {
  it('holds the server’s example operations', () => {
    const current = `# Written from src/api/server/ui/examples.ts (test/api/client-recipe.test.ts checks it).\n\n${EXAMPLES_DOCUMENT}\n`;
    if (process.env.UPDATE_CLIENTS === '1') writeFileSync(EXAMPLES, current);
    expect(readFileSync(EXAMPLES, 'utf8')).toBe(current);
  });

  it('generates types for every operation and compiles a client with tsc --strict', () => {
    const gen = codegen();
    if (!gen.ok) throw new Error(`codegen failed:\n${gen.output}`);
    const generated = readFileSync(join(DIR, 'generated/graphql.ts'), 'utf8');
    for (const op of ['PlanStructureQuery', 'TimelineQuery', 'LineageQuery', 'SearchQuery', 'PlanSeriesDiffQuery', 'PlanProvenanceQuery']) {
      expect(generated).toContain(`export type ${op} =`);
    }
    expect(generated).not.toMatch(/:\s*any\b/);
    const tsc = run(require.resolve('typescript/bin/tsc'), ['-p', join(DIR, 'tsconfig.json')]);
    if (!tsc.ok) throw new Error(`the client recipe does not compile:\n${tsc.output}`);
  }, 120_000);

  it('fails when the schema drops a field a client reads', () => {
    const sdl = readFileSync(join(ROOT, 'schema/schema.graphql'), 'utf8');
    const broken = sdl.replace(/^type SearchConnection \{[\s\S]*?^\}/m, (block) => block.replace(/^.*\n\s*totalCount: Int!\n/m, ''));
    expect(broken).not.toBe(sdl);
    const schema = join(mkdtempSync(join(tmpdir(), 'plangraph-schema-')), 'schema.graphql');
    writeFileSync(schema, broken);
    const out = join(mkdtempSync(join(tmpdir(), 'plangraph-gen-')), 'graphql.ts');
    const gen = codegen({ PLANGRAPH_CODEGEN_SCHEMA: schema, PLANGRAPH_CODEGEN_OUT: out });
    expect(gen.ok).toBe(false);
    expect(gen.output).toMatch(/totalCount/);
  }, 120_000);
});
