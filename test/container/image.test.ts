import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

// The container image, checked from its recipe (no Docker engine on CI): two stages on the slim
// base, production dependencies only at runtime, a non-root user, a health check that needs no
// curl, and a build context that leaves tests, benchmarks and generated files out.

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name?: string;
  steps: Instruction[];
}

/** Dockerfile → stages of instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const logical = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(line)!;
    if (op!.toUpperCase() === 'FROM') {
      const [image, as, name] = args!.split(/\s+/);
      stages.push({ from: image!, name: as?.toUpperCase() === 'AS' ? name : undefined, steps: [] });
    } else {
      stages[stages.length - 1]!.steps.push({ op: op!.toUpperCase(), args: args! });
    }
  }
  return stages;
}

const stages = parseDockerfile(read('Dockerfile'));
const runtime = stages[stages.length - 1]!;
const build = stages.find((s) => s.name === 'build')!;
const args = (stage: Stage, op: string) => stage.steps.filter((s) => s.op === op).map((s) => s.args);

/** .dockerignore patterns, as Docker reads them (comments and blank lines dropped). */
const ignored = read('.dockerignore')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const isIgnored = (path: string) => ignored.some((p) => p === path || path.startsWith(`${p}/`));

describe('Dockerfile', () => {
  it('builds in one stage and runs in another, both on node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const s of stages) expect(s.from).toBe('node:20-bookworm-slim');
    expect(build).toBeDefined();
    expect(build).not.toBe(runtime);
    expect(args(build, 'RUN').some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(args(build, 'RUN').some((r) => /\bnpm run build\b/.test(r))).toBe(true);
  });

  it('installs production dependencies only at runtime, without scripts, and copies the build', () => {
    const installs = args(runtime, 'RUN').filter((r) => /\bnpm (ci|install|i)\b/.test(r));
    expect(installs).toHaveLength(1);
    expect(installs[0]).toMatch(/\bnpm ci\b/);
    expect(installs[0]).toContain('--omit=dev');
    expect(installs[0]).toContain('--ignore-scripts');
    expect(args(runtime, 'RUN').join(' ')).not.toMatch(/npm run build|\btsc\b/);
    const copies = args(runtime, 'COPY');
    expect(copies).toContainEqual(expect.stringMatching(/^--from=build \/app\/dist \.\/dist$/));
    for (const dir of ['seeds', 'schema', 'docs', 'cypher', 'bin']) expect(copies).toContainEqual(`${dir} ./${dir}`);
    // Never the whole context, sources or tests into the runtime image.
    for (const c of copies) expect(c).not.toMatch(/^(\.|src|test|bench)\s/);
  });

  it('copies only paths that exist and that the build context keeps', () => {
    for (const stage of stages) {
      for (const c of args(stage, 'COPY').filter((a) => !a.startsWith('--from'))) {
        const sources = c
          .replace(/--\S+\s+/g, '')
          .split(/\s+/)
          .slice(0, -1);
        for (const src of sources) {
          expect([src, existsSync(join(ROOT, src))]).toEqual([src, true]);
          expect([src, isIgnored(src)]).toEqual([src, false]);
        }
      }
    }
  });

  it('runs as the unprivileged node user, with a node-based health check on /health/live', () => {
    const users = args(runtime, 'USER');
    expect(users).toEqual(['node']);
    const userAt = runtime.steps.findIndex((s) => s.op === 'USER');
    expect(runtime.steps.findIndex((s) => s.op === 'CMD')).toBeGreaterThan(userAt);
    const [check] = args(runtime, 'HEALTHCHECK');
    expect(check).toMatch(/CMD \["node", "-e", ".*\/health\/live/);
    expect(check).not.toMatch(/curl|wget/);
    expect(args(runtime, 'CMD')[0]).toMatch(/^\["node", "dist\/src\/cli\.js", "serve"/);
  });
});

describe('.dockerignore', () => {
  it.each(['test', 'bench', 'node_modules', 'dist', '.git', 'coverage', '.env', 'BENCHMARKS.md', 'test/fixtures/generated', 'bench/out'])(
    'keeps %s out of the build context',
    (path) => expect(isIgnored(path)).toBe(true),
  );

  it('keeps what the image needs', () => {
    for (const path of [
      'src',
      'package.json',
      'package-lock.json',
      'seeds',
      'schema',
      'docs',
      'cypher',
      'bin',
      'tsconfig.json',
      'tsconfig.build.json',
    ]) {
      expect([path, isIgnored(path)]).toEqual([path, false]);
    }
  });
});

describe('the compiled code', () => {
  const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

  function jsFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
    });
  }

  it('requires only production dependencies and Node built-ins at runtime', () => {
    const dist = join(ROOT, 'dist', 'src');
    const files = jsFiles(dist);
    expect(files.length).toBeGreaterThan(50);
    const strays: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(
        /\brequire(?:\.resolve)?\(["']([^"']+)["']\)|\bimport\(["']([^"'.][^"']*)["']\)/g,
      )) {
        if (!spec || spec.startsWith('.') || builtins.has(spec)) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        seen.add(name);
        if (!(name in pkg.dependencies)) strays.push(`${relative(ROOT, file)}: ${spec}`);
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(['graphql', 'pino', '@apollo/server']));
    expect(strays).toEqual([]);
  });
});
