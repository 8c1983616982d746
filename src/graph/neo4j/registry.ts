import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../../model';

// Every Cypher statement lives in cypher/<name>.cypher (one statement, a header saying what it
// does and its parameters). They are read once, at first use, and asked for by name.
// Writes that need a label or relationship type in a pattern get one statement per ontology
// label / type: cypher/per-label/*.cypher and cypher/per-type/*.cypher are templates whose
// __LABEL__ / __TYPE__ is replaced by each name of the closed lists in src/model/labels.ts. No
// statement takes a label or type from a parameter: Neo4j 5.26.0 evaluates a dynamic relationship
// type once per query, not per row (issue #12), and a literal one is plain to read and plan.

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

const PER = [
  { folder: 'per-label', token: '__LABEL__', names: NODE_LABELS as readonly string[] },
  { folder: 'per-type', token: '__TYPE__', names: REL_TYPES as readonly string[] },
] as const;

function readStatements(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.cypher')) out.set(file.slice(0, -'.cypher'.length), readFileSync(join(dir, file), 'utf8').trim());
  }
  return out;
}

/** All statements by name (file name without .cypher; templates expanded as `<name>-<Label|TYPE>`). */
export function loadCypher(dir = cypherDir()): Map<string, string> {
  if (statements) return statements;
  const loaded = readStatements(dir);
  for (const { folder, token, names } of PER) {
    if (!existsSync(join(dir, folder))) continue;
    for (const [template, text] of readStatements(join(dir, folder))) {
      if (!text.startsWith(`// ${template}-${token}:`))
        throw new Error(`cypher/${folder}/${template}.cypher: header must name it ${template}-${token}`);
      for (const name of names) loaded.set(`${template}-${name}`, text.split(token).join(name));
    }
  }
  statements = loaded;
  return loaded;
}

export function cypher(name: string): string {
  const text = loadCypher().get(name);
  if (text === undefined) throw new Error(`no Cypher statement named ${name} in cypher/`);
  return text;
}

/** The statement that upserts nodes of one label. */
export const applyNodesStatement = (label: NodeLabel): string => `apply-nodes-${label}`;
/** The statement that upserts relationships of one type. */
export const applyRelationshipsStatement = (type: RelType): string => `apply-relationships-${type}`;

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
