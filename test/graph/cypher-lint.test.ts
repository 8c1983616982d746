import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The package is ESM/CJS dual and its types are the ESM ones: under ts-jest (CommonJS) `require`
// loads its dist/cjs build, typed through an import-mode type query.
type LanguageSupport = typeof import('@neo4j-cypher/language-support', { with: { 'resolution-mode': 'import' } });
type DbSchema = Parameters<LanguageSupport['lintCypherQuery']>[1];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as LanguageSupport;
import { NODE_LABELS, REL_TYPES } from '../../src/model';
import {
  declaredParameters, NODE_STORE_KEYS, QUERIED_FACT_KEYS, REL_STORE_KEYS, ROW_KEYS,
} from '../../src/graph/neo4j';

// Every statement the Neo4j store sends is parsed and checked against the ontology: a misspelt
// label, relationship type or property key, or an undeclared parameter, fails here.

const DIR = join(__dirname, '../../cypher');
const files = readdirSync(DIR).filter((f) => f.endsWith('.cypher')).sort();

const SAMPLE: Record<string, unknown> = {
  STRING: '', INTEGER: 0, FLOAT: 0.5, BOOLEAN: false, MAP: {}, 'LIST<STRING>': [''], 'LIST<MAP>': [{}],
};

function schemaFor(text: string): DbSchema {
  const params = declaredParameters(text);
  return {
    labels: ['Entity', ...NODE_LABELS],
    relationshipTypes: [...REL_TYPES],
    propertyKeys: [...new Set<string>([...NODE_STORE_KEYS, ...REL_STORE_KEYS, ...ROW_KEYS, ...QUERIED_FACT_KEYS])],
    parameters: Object.fromEntries(Object.entries(params).map(([k, t]) => [k, SAMPLE[t] ?? null])),
  };
}

// 2.0.0-next.20 (the last release that runs on Node 20) returns the diagnostics as a list; later
// releases wrap them in an object. Either is read.
type Diagnostic = { severity?: number; message: string };
function lint(text: string): Diagnostic[] {
  const result = lintCypherQuery(text, schemaFor(text)) as unknown;
  return Array.isArray(result) ? result : (result as { diagnostics: Diagnostic[] }).diagnostics;
}

const UNKNOWN = /is not present in the database|not defined|deprecated/i;

test('there are statements to check', () => {
  expect(files.length).toBeGreaterThan(20);
});

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');

  it('has a header saying what it does and its parameters', () => {
    expect(text.startsWith(`// ${file.replace(/\.cypher$/, '')}:`)).toBe(true);
    for (const used of new Set([...text.replace(/^\/\/.*$/gm, '').matchAll(/\$(\w+)/g)].map((m) => m[1]))) {
      expect(declaredParameters(text)).toHaveProperty(used);
    }
  });

  // The linter does not check labels in schema commands (CREATE CONSTRAINT … FOR (n:Label)), so
  // every `:Name` the statement spells (outside comments and strings) is held to the ontology too.
  it('spells only the ontology\'s labels and relationship types', () => {
    const code = text.replace(/\/\/.*$/gm, '').replace(/'[^']*'|"[^"]*"/g, "''");
    const spelled = [...code.matchAll(/:\s*([A-Z][A-Za-z_]*(?:\s*\|\s*[A-Z][A-Za-z_]*)*)/g)].flatMap((m) => m[1].split(/\s*\|\s*/));
    const known = new Set<string>(['Entity', ...NODE_LABELS, ...REL_TYPES]);
    expect(spelled.filter((name) => !known.has(name))).toEqual([]);
  });

  it('lints clean against the ontology', () => {
    const problems = lint(text)
      .filter((d) => d.severity === 1 || UNKNOWN.test(String(d.message)))
      .map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
    expect(problems).toEqual([]);
  });
});
