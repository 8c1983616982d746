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
  applyNodesStatement,
  applyRelationshipsStatement,
  declaredParameters,
  loadCypher,
  NODE_STORE_KEYS,
  QUERIED_FACT_KEYS,
  REL_STORE_KEYS,
  ROW_KEYS,
  STORE_LABELS,
  VERSION_KEYS,
} from '../../src/graph/neo4j';

// Every statement the Neo4j store sends (the files in cypher/ and the per-label / per-type ones
// made from cypher/per-label and cypher/per-type) is parsed and checked against the ontology: a
// misspelt label, relationship type or property key, an undeclared parameter, or a label or type
// taken from a parameter, fails here.

const DIR = join(__dirname, '../../cypher');
const statements = [...loadCypher()].sort(([a], [b]) => (a < b ? -1 : 1));
const templates = ['per-label', 'per-type'].flatMap((folder) =>
  readdirSync(join(DIR, folder))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => [`${folder}/${f}`, readFileSync(join(DIR, folder, f), 'utf8')] as const),
);

const SAMPLE: Record<string, unknown> = {
  STRING: '',
  INTEGER: 0,
  FLOAT: 0.5,
  BOOLEAN: false,
  MAP: {},
  'LIST<STRING>': [''],
  'LIST<MAP>': [{}],
};

function schemaFor(text: string): DbSchema {
  const params = declaredParameters(text);
  return {
    labels: [...STORE_LABELS, ...NODE_LABELS],
    relationshipTypes: [...REL_TYPES],
    propertyKeys: [...new Set<string>([...NODE_STORE_KEYS, ...REL_STORE_KEYS, ...ROW_KEYS, ...QUERIED_FACT_KEYS, ...VERSION_KEYS])],
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

test('there are statements to check: one upsert per ontology label and per relationship type', () => {
  const names = statements.map(([name]) => name);
  expect(names.length).toBeGreaterThan(40);
  for (const label of NODE_LABELS) expect(names).toContain(applyNodesStatement(label));
  for (const type of REL_TYPES) expect(names).toContain(applyRelationshipsStatement(type));
  expect(loadCypher().get(applyRelationshipsStatement('HAS_TASK'))).toContain('MERGE (a)-[r:HAS_TASK {id: row.id}]->(b)');
  expect(loadCypher().get(applyNodesStatement('EngineeringProject'))).toContain('SET n:EngineeringProject');
});

// Neo4j 5.26.0 resolves `[r:$(row.type)]` once per query, not per row (issue #12): every
// relationship would take the first row's type. No statement, and no template, may use one.
const RELATIONSHIP_PATTERN = /-\[[^\]]*\]-/g;
describe.each([...statements, ...templates])('%s: no label or type from a parameter', (_name, text) => {
  it('has no dynamic type in a relationship pattern, and no dynamic label anywhere', () => {
    const code = text.replace(/\/\/.*$/gm, '');
    expect((code.match(RELATIONSHIP_PATTERN) ?? []).filter((p) => p.includes('$('))).toEqual([]);
    expect(code).not.toContain('$(');
  });
});

test('the dynamic-type check catches what it is for', () => {
  const bad = 'UNWIND $rows AS row MATCH (a {id: row.from}), (b {id: row.to}) MERGE (a)-[r:$(row.type) {id: row.id}]->(b)';
  expect((bad.match(RELATIONSHIP_PATTERN) ?? []).filter((p) => p.includes('$('))).toEqual(['-[r:$(row.type) {id: row.id}]-']);
});

describe.each(statements)('%s', (file, text) => {
  it('has a header saying what it does and its parameters', () => {
    expect(text.startsWith(`// ${file}:`)).toBe(true);
    for (const used of new Set([...text.replace(/^\/\/.*$/gm, '').matchAll(/\$(\w+)/g)].map((m) => m[1]))) {
      expect(declaredParameters(text)).toHaveProperty(used);
    }
  });

  // The linter does not check labels in schema commands (CREATE CONSTRAINT … FOR (n:Label)), so
  // every `:Name` the statement spells (outside comments and strings) is held to the ontology too.
  it("spells only the ontology's labels and relationship types", () => {
    const code = text.replace(/\/\/.*$/gm, '').replace(/'[^']*'|"[^"]*"/g, "''");
    const spelled = [...code.matchAll(/:\s*([A-Z][A-Za-z_]*(?:\s*\|\s*[A-Z][A-Za-z_]*)*)/g)].flatMap((m) => m[1].split(/\s*\|\s*/));
    const known = new Set<string>([...STORE_LABELS, ...NODE_LABELS, ...REL_TYPES]);
    expect(spelled.filter((name) => !known.has(name))).toEqual([]);
  });

  it('lints clean against the ontology', () => {
    const problems = lint(text)
      .filter((d) => d.severity === 1 || UNKNOWN.test(String(d.message)))
      .map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
    expect(problems).toEqual([]);
  });
});
