import { mkdtempSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/commands';
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import type { GraphStore } from '../../src/graph/contract/graph-store';
import { EmbeddedStore } from '../../src/graph/embedded';
import { Neo4jStore } from '../../src/graph/neo4j';
import { EmulatedNeo4j } from '../graph/neo4j/emulated-server';
import { DEFAULT_READ_LIMITS } from '../../src/ingest';
import { serve, type Harness } from './harness';

// Every connection pages both ways (first/after and last/before give the same items in the same
// order as one big page), and a cursor taken before an ingest continues after it, forward and
// backward, with no duplicates and no gaps: cursors hold a sort key and id, not an offset. On both
// stores: the embedded one and the Neo4j store on the emulated server (as the parity suite runs it).

const SEEDS = join(__dirname, '../../seeds');
const files = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const LATE = files[files.length - 1] as string; // a work summary: new results, lineage and a document

interface Conn {
  totalCount: number;
  edges: { cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
interface Spec {
  name: string;
  query: (args: string) => string;
  get: (data: any) => Conn;
  /** Fewest items the list must hold for the walk to mean something (default 2). */
  min?: number;
}

const PAGE = 'totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const root = (field: string, extra = '') => ({
  name: extra ? `${field}(${extra})` : field,
  query: (a: string) => `{ c: ${field}(${[extra, a].filter(Boolean).join(', ')}) { ${PAGE} } }`,
  get: (d: any) => d.c,
});
/** A connection on one node, found by a root field that gives that node (or a list whose first it is). */
const nested = (name: string, parent: string, field: string, extra = '', min?: number): Spec => ({
  name,
  query: (a) =>
    `{ p: ${parent} { ${parent.includes('first: 1') ? 'nodes { ' : ''}c: ${field}(${[extra, a].filter(Boolean).join(', ')}) { ${PAGE} }${parent.includes('first: 1') ? ' }' : ''} } }`,
  get: (d) => (Array.isArray(d.p.nodes) ? d.p.nodes[0].c : d.p.c),
  min,
});
// Documents read before the late one (ids are file names), so the same nodes exist on both sides of the ingest.
const DOC_PLAN_2023 = '001_2347e63f3516f4ec';
const DOC_REVIEW = '000_526428257d139060';
const SPECS: Spec[] = [
  root('plans'),
  root('plans', 'sort: { field: YEAR, direction: DESC }'),
  root('plans', `filter: { document: "${DOC_PLAN_2023}" }`),
  root('projects'),
  root('tasks'),
  root('tasks', 'sort: { field: DOMAIN, direction: DESC }'),
  root('tasks', `filter: { document: "${DOC_PLAN_2023}" }, sort: { field: YEAR }`),
  root('results'),
  root('results', 'filter: { year: 2025 }'),
  root('indicators'),
  root('platforms'),
  root('platforms', `filter: { document: "${DOC_REVIEW}" }, sort: { field: NAME, direction: DESC }`),
  root('agencies'),
  root('documents'),
  root('documents', 'sort: { field: DATE, direction: DESC }'),
  root('searchHits', 'text: "数据 平台", match: ANY'),
  root('lineageLinks', 'fromYear: 2023, toYear: 2025'),
  nested(
    'Plan.tasksConnection',
    'plans(filter: { kind: action_plan }, sort: { field: YEAR, direction: DESC }, first: 1)',
    'tasksConnection',
  ),
  nested(
    'Plan.tasksConnection(sort: DOMAIN DESC)',
    'plans(filter: { kind: action_plan }, sort: { field: YEAR, direction: DESC }, first: 1)',
    'tasksConnection',
    'sort: { field: DOMAIN, direction: DESC }',
  ),
  nested('Plan.relations', 'plans(filter: { kind: action_plan }, sort: { field: YEAR, direction: DESC }, first: 1)', 'relations'),
  nested('EngineeringProject.tasksConnection', 'projects(filter: { nameContains: "数字经济提质工程" }, first: 1)', 'tasksConnection'),
  nested(
    'EngineeringProject.relations',
    'projects(filter: { nameContains: "数字经济提质工程" }, first: 1)',
    'relations',
    'direction: BOTH',
  ),
  nested('Task.relations', 'tasks(filter: { nameContains: "制定城市云脑通用服务能力管理制度" }, first: 1)', 'relations', 'direction: BOTH'),
  nested('Result.relations', 'results(filter: { nameContains: "城市云脑整合共享39万项" }, first: 1)', 'relations', 'direction: BOTH'),
  nested('Indicator.relations', 'indicator(name: "5G基站数")', 'relations', 'direction: BOTH'),
  nested('Indicator.timelineConnection', 'indicator(name: "5G基站数")', 'timelineConnection'),
  nested('Platform.relations', 'platform(name: "城市云脑")', 'relations', 'direction: BOTH'),
  nested('Agency.relations', 'agency(name: "市大数据局")', 'relations'),
  // A document's own relationships are what it describes: one plan here, still paged by the same rules.
  nested(
    'Document.relations',
    `documents(filter: { nameContains: "数字青岛2023年行动方案" }, first: 1)`,
    'relations',
    'direction: BOTH',
    1,
  ),
];

async function page(h: Harness, spec: Spec, args: string): Promise<Conn> {
  const r = await h.gql(spec.query(args));
  if (r.body.errors) throw new Error(`${spec.name}(${args}): ${JSON.stringify(r.body.errors)}`);
  return spec.get(r.body.data);
}

async function walk(h: Harness, spec: Spec, size: number, forward: boolean, from?: string | null): Promise<string[]> {
  const out: string[] = [];
  let cursor = from ?? null;
  for (let i = 0; i < 500; i++) {
    const args = forward
      ? `first: ${size}${cursor ? `, after: "${cursor}"` : ''}`
      : `last: ${size}${cursor ? `, before: "${cursor}"` : ''}`;
    const c = await page(h, spec, args);
    const cursors = c.edges.map((e) => e.cursor);
    if (forward) out.push(...cursors);
    else out.unshift(...cursors);
    const more = forward ? c.pageInfo.hasNextPage : c.pageInfo.hasPreviousPage;
    if (!more || cursors.length === 0) return out;
    cursor = forward ? c.pageInfo.endCursor : c.pageInfo.startCursor;
  }
  throw new Error(`${spec.name}: no end`);
}

/** A page size giving about a dozen pages (at least `least` items each): many pages, few requests. */
const small = (total: number, least: number) => Math.max(least, Math.ceil(total / 12));

type MakeStore = () => Promise<GraphStore>;
const STORES: [string, MakeStore][] = [
  ['embedded', async () => new EmbeddedStore()],
  [
    'Neo4j (emulated server)',
    async () => new Neo4jStore({ uri: 'bolt://emulated', user: 'neo4j', password: 'x', driver: new EmulatedNeo4j() }),
  ],
];

async function storeOfFiles(make: MakeStore, names: string[]): Promise<GraphStore> {
  const dir = mkdtempSync(join(tmpdir(), 'plangraph-paging-'));
  for (const f of names) copyFileSync(join(SEEDS, f), join(dir, f));
  const store = await make();
  await store.init();
  await ingestPaths(store, [dir], DEFAULT_READ_LIMITS);
  return store;
}

test('the specs cover every connection the schema has', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const connections: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name.endsWith('Connection'))
        connections.push(type.name === 'Query' ? field.name : `${type.name}.${field.name}`);
    }
  }
  expect(connections.length).toBeGreaterThan(20);
  const covered = new Set(SPECS.map((s) => s.name.replace(/\(.*$/, '')));
  expect(connections.filter((c) => !covered.has(c))).toEqual([]);
});

describe.each(STORES)('%s store', (_store, make) => {
  describe('paging over every connection', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await serve(await storeOfFiles(make, files), { responseCache: false });
    }, 120_000);
    afterAll(() => h?.close());

    it.each(SPECS.map((s) => [s.name, s] as const))(
      '%s: forward and backward pages give the whole list once, in order',
      async (_name, spec) => {
        const whole = await walk(h, spec, 100, true);
        const total = (await page(h, spec, 'first: 0')).totalCount;
        expect(whole.length).toBe(total);
        expect(total).toBeGreaterThanOrEqual(spec.min ?? 2);
        expect(new Set(whole).size).toBe(whole.length);
        expect(await walk(h, spec, small(total, 2), true)).toEqual(whole);
        expect(await walk(h, spec, small(total, 3), false)).toEqual(whole);
        // last/before from a middle cursor gives exactly the items before it
        const mid = Math.floor(whole.length / 2);
        expect(await walk(h, spec, small(total, 2), false, whole[mid])).toEqual(whole.slice(0, mid));
      },
      60_000,
    );
  });

  describe('paging across an ingest that adds nodes', () => {
    it('continues after and before the same item: no duplicates, no gaps', async () => {
      const store = await storeOfFiles(
        make,
        files.filter((f) => f !== LATE),
      );
      const h = await serve(store, { responseCache: false });
      try {
        const grown: string[] = [];
        // Search ranks by relevance, which an ingest changes (term weights): its cursors still hold
        // a position, but a hit whose score moved may cross it, so it is not held to this.
        const stable = SPECS.filter((s) => !s.name.startsWith('searchHits'));
        const started = await Promise.all(
          stable.map(async (spec) => {
            const first = await page(h, spec, 'first: 2');
            return { spec, seen: first.edges.map((e) => e.cursor), end: first.pageInfo.endCursor };
          }),
        );
        const dir = mkdtempSync(join(tmpdir(), 'plangraph-late-'));
        copyFileSync(join(SEEDS, LATE), join(dir, LATE));
        const before = (await store.listDocuments()).length;
        await ingestPaths(store, [dir], DEFAULT_READ_LIMITS);
        expect((await store.listDocuments()).length).toBe(before + 1);
        for (const { spec, seen, end } of started) {
          if (!end) continue;
          const whole = await walk(h, spec, 100, true);
          const rest = await walk(h, spec, small(whole.length, 3), true, end);
          const at = whole.indexOf(end);
          expect({ spec: spec.name, at: at >= 0 }).toEqual({ spec: spec.name, at: true });
          // the walk after the old cursor is exactly the grown list after that item …
          expect({ spec: spec.name, rest }).toEqual({ spec: spec.name, rest: whole.slice(at + 1) });
          expect(new Set([...seen, ...rest]).size).toBe(seen.length + rest.length);
          // … and the walk back from it exactly the grown list before it
          const back = await walk(h, spec, small(whole.length, 3), false, end);
          expect({ spec: spec.name, back }).toEqual({ spec: spec.name, back: whole.slice(0, at) });
          if (whole.length > seen.length + rest.length) grown.push(spec.name);
        }
        // the ingest did add items before the old cursors somewhere, which offsets would have repeated
        expect(grown.length).toBeGreaterThan(3);
      } finally {
        await h.close();
      }
    }, 180_000);
  });
});
