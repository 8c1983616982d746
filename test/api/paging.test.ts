import { mkdtempSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/commands';
import { EmbeddedStore } from '../../src/graph/embedded';
import { DEFAULT_READ_LIMITS } from '../../src/ingest';
import { serve, type Harness } from './harness';

// Every connection pages both ways (first/after and last/before give the same items in the same
// order as one big page), and a cursor taken before an ingest continues after it with no
// duplicates and no gaps: cursors hold a sort key and id, not an offset.

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
}

const PAGE = 'totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const root = (field: string, extra = '') => ({
  name: field,
  query: (a: string) => `{ c: ${field}(${[extra, a].filter(Boolean).join(', ')}) { ${PAGE} } }`,
  get: (d: any) => d.c,
});
const SPECS: Spec[] = [
  root('plans'),
  root('plans', 'sort: { field: YEAR, direction: DESC }'),
  root('projects'),
  root('tasks'),
  root('tasks', 'sort: { field: DOMAIN, direction: DESC }'),
  root('results'),
  root('results', 'filter: { year: 2025 }'),
  root('indicators'),
  root('platforms'),
  root('agencies'),
  root('documents'),
  root('documents', 'sort: { field: DATE, direction: DESC }'),
  root('searchHits', 'text: "数据 平台", match: ANY'),
  root('lineageLinks', 'fromYear: 2023, toYear: 2025'),
  {
    name: 'Plan.tasksConnection',
    query: (a) =>
      `{ p: plans(filter: { kind: action_plan }, sort: { field: YEAR, direction: DESC }, first: 1) { nodes { c: tasksConnection(${a}) { ${PAGE} } } } }`,
    get: (d) => d.p.nodes[0].c,
  },
  {
    name: 'Plan.relations',
    query: (a) =>
      `{ p: plans(filter: { kind: action_plan }, sort: { field: YEAR, direction: DESC }, first: 1) { nodes { c: relations(${a}) { ${PAGE} } } } }`,
    get: (d) => d.p.nodes[0].c,
  },
  {
    name: 'Indicator.timelineConnection',
    query: (a) => `{ i: indicator(name: "5G基站数") { c: timelineConnection(${a}) { ${PAGE} } } }`,
    get: (d) => d.i.c,
  },
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

async function storeOfFiles(names: string[]): Promise<EmbeddedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'plangraph-paging-'));
  for (const f of names) copyFileSync(join(SEEDS, f), join(dir, f));
  const store = new EmbeddedStore();
  await store.init();
  await ingestPaths(store, [dir], DEFAULT_READ_LIMITS);
  return store;
}

describe('paging over every connection', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await serve(await storeOfFiles(files), { responseCache: false });
  }, 60_000);
  afterAll(() => h.close());

  it.each(SPECS.map((s) => [s.name, s] as const))(
    '%s: forward and backward pages give the whole list once, in order',
    async (_name, spec) => {
      const whole = await walk(h, spec, 100, true);
      const total = (await page(h, spec, 'first: 0')).totalCount;
      expect(whole.length).toBe(total);
      expect(total).toBeGreaterThan(1);
      expect(new Set(whole).size).toBe(whole.length);
      expect(await walk(h, spec, 2, true)).toEqual(whole);
      expect(await walk(h, spec, 3, false)).toEqual(whole);
      // last/before from a middle cursor gives exactly the items before it
      const mid = Math.floor(whole.length / 2);
      expect(await walk(h, spec, 2, false, whole[mid])).toEqual(whole.slice(0, mid));
    },
    60_000,
  );
});

describe('paging across an ingest that adds nodes', () => {
  it('continues after the same item: no duplicates, no gaps', async () => {
    const store = await storeOfFiles(files.filter((f) => f !== LATE));
    const h = await serve(store, { responseCache: false });
    try {
      const grown: string[] = [];
      // Search ranks by relevance, which an ingest changes (term weights): its cursors still hold
      // a position, but a hit whose score moved may cross it, so it is not held to this.
      const stable = SPECS.filter((s) => s.name !== 'searchHits');
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
        const rest = await walk(h, spec, 3, true, end);
        const whole = await walk(h, spec, 100, true);
        const at = whole.indexOf(end);
        expect({ spec: spec.name, at: at >= 0 }).toEqual({ spec: spec.name, at: true });
        // the walk after the old cursor is exactly the grown list after that item
        expect({ spec: spec.name, rest }).toEqual({ spec: spec.name, rest: whole.slice(at + 1) });
        expect(new Set([...seen, ...rest]).size).toBe(seen.length + rest.length);
        if (whole.length > seen.length + rest.length) grown.push(spec.name);
      }
      // the ingest did add items before the old cursors somewhere, which offsets would have repeated
      expect(grown.length).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  }, 120_000);
});
