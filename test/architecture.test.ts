import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

// The folders tell the architecture: ingest → graph → api, with model shared and the CLI and
// config composing at the edge. This reads every import in src/ and holds the rules.

const SRC = path.join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(c)) return c;
  return null;
}

const files = sourceFiles(SRC);
const edges = new Map<string, string[]>(
  files.map((f) => [
    f,
    ts
      .preProcessFile(fs.readFileSync(f, 'utf8'), true, true)
      .importedFiles.map((i) => resolveImport(f, i.fileName))
      .filter((x): x is string => x !== null),
  ]),
);
const layer = (f: string) => path.relative(SRC, f).split(path.sep)[0].replace(/\.ts$/, '');

describe('architecture', () => {
  it('keeps ingest and graph apart from each other and from api', () => {
    const forbidden: Record<string, string[]> = {
      ingest: ['graph', 'api', 'commands', 'cli', 'config'],
      graph: ['ingest', 'api', 'commands', 'cli', 'config'],
      model: ['ingest', 'graph', 'api', 'commands', 'cli', 'config'],
      api: ['ingest', 'commands', 'cli'],
    };
    const violations = [...edges].flatMap(([f, deps]) =>
      deps.filter((d) => forbidden[layer(f)]?.includes(layer(d))).map((d) => `${path.relative(SRC, f)} → ${path.relative(SRC, d)}`),
    );
    expect(violations).toEqual([]);
  });

  it('has no import cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map((x) => path.relative(SRC, x)).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of edges.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
  // A folder's files may use its subfolders, never the reverse, and no two folders use each other:
  // what a folder and its subfolders share lives in a subfolder of its own (graph/contract/).
  it('has no import cycles between folders', () => {
    const folder = (f: string) => path.relative(SRC, path.dirname(f)) || '.';
    const uses = new Map<string, Map<string, string>>();
    for (const [f, deps] of edges)
      for (const d of deps) {
        const [a, b] = [folder(f), folder(d)];
        if (a === b) continue;
        if (!uses.has(a)) uses.set(a, new Map());
        uses.get(a)!.set(b, `${path.relative(SRC, f)} → ${path.relative(SRC, d)}`);
      }
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (a: string, trail: string[]) => {
      if (state.get(a) === 'done') return;
      if (state.get(a) === 'open') {
        const loop = [...trail.slice(trail.indexOf(a)), a];
        cycles.push(
          loop
            .slice(1)
            .map((b, i) => uses.get(loop[i])!.get(b))
            .join(' ⇒ '),
        );
        return;
      }
      state.set(a, 'open');
      for (const b of uses.get(a)?.keys() ?? []) visit(b, [...trail, a]);
      state.set(a, 'done');
    };
    for (const a of uses.keys()) visit(a, []);
    expect(cycles).toEqual([]);
  });
});
