import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Every Cypher statement lives in cypher/<name>.cypher (one statement, a header saying what it
// does and its parameters). They are read once, at first use, and asked for by name.

let statements: Map<string, string> | null = null;

/** The repository's cypher/ folder: PLANGRAPH_CYPHER_DIR, or the nearest one above this file. */
export function cypherDir(): string {
  const fromEnv = process.env.PLANGRAPH_CYPHER_DIR;
  if (fromEnv) return fromEnv;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'cypher')) && existsSync(join(dir, 'package.json'))) return join(dir, 'cypher');
    if (dirname(dir) === dir) throw new Error('cypher/ folder not found (set PLANGRAPH_CYPHER_DIR)');
  }
}

/** All statements by name (file name without .cypher). */
export function loadCypher(dir = cypherDir()): Map<string, string> {
  if (statements) return statements;
  const loaded = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.cypher')) loaded.set(file.slice(0, -'.cypher'.length), readFileSync(join(dir, file), 'utf8').trim());
  }
  statements = loaded;
  return loaded;
}

export function cypher(name: string): string {
  const text = loadCypher().get(name);
  if (text === undefined) throw new Error(`no Cypher statement named ${name} in cypher/`);
  return text;
}

/** Names of the statements that set up constraints and indexes. */
export function schemaStatements(): string[] {
  return [...loadCypher().keys()].filter((n) => n.startsWith('schema-'));
}

/** Parameters a statement declares in its header: `// @param name TYPE description`. */
export function declaredParameters(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^\/\/ @param (\w+) ([A-Z<>]+)/gm)) out[m[1]] = m[2];
  return out;
}
