import neo4j from 'neo4j-driver';
import { Neo4jStore } from '../../../src/graph/neo4j';
import { ids, planGraph, sliceOf, DOC_2025 } from '../../fixtures/graph/plan-graph';
import { FakeDriver } from './fake-driver';

// What the Neo4j store sends: exact statements and parameters for a few methods, one transaction
// per document write, and failing fast (SERVICE_UNAVAILABLE) while the server is away.

const opts = { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'x', retryDelayMs: 5, initAttempts: 2 };

async function ready(driver = new FakeDriver()) {
  const store = new Neo4jStore({ ...opts, driver });
  await store.init();
  driver.calls = [];
  return { store, driver };
}

test('init creates every constraint and index, one statement per schema file', async () => {
  const driver = new FakeDriver();
  await new Neo4jStore({ ...opts, driver }).init();
  const names = driver.calls.map((c) => c.name);
  expect(names).toContain('schema-fulltext');
  expect(names.filter((n) => n.startsWith('schema-id-'))).toHaveLength(9);
  expect(names).toContain('schema-graph-version');
  expect(driver.calls.find((c) => c.name === 'schema-fulltext')?.query).toMatch(/`fulltext.analyzer`: 'cjk'/);
});

test('getNodes sends one UNWIND look-up and decodes the parallel source lists', async () => {
  const { store, driver } = await ready();
  driver.answers.set('get-nodes', () => [
    {
      id: ids.fiveG,
      node: {
        id: ids.fiveG,
        label: 'Indicator',
        name: '5G基站数',
        aliases: ['5G基站'],
        aliasText: '5G基站',
        unit: '个',
        nameKey: '5g基站数',
        nameKeys: ['5g基站数', '5g基站'],
        sourceText: '力争5G基站数达4.5万个',
        docRecord: null,
        srcDoc: [DOC_2025],
        srcStart: [neo4j.int(1758)],
        srcEnd: [1771],
        srcText: ['力争5G基站数达4.5万个'],
        sourceDocs: [DOC_2025],
      },
    },
    { id: 'Task:none', node: null },
  ]);
  const nodes = await store.getNodes([ids.fiveG, 'Task:none']);
  expect(driver.calls).toEqual([
    {
      name: 'get-nodes',
      mode: 'READ',
      tx: expect.any(Number),
      params: { ids: [ids.fiveG, 'Task:none'] },
      query: [
        '// get-nodes: nodes by id (their stored properties; the document record left out), null if unknown.',
        '// @param ids LIST<STRING>',
        'UNWIND $ids AS id',
        'OPTIONAL MATCH (n:Entity {id: id})',
        'RETURN id, n {.*, docRecord: null} AS node',
      ].join('\n'),
    },
  ]);
  expect(nodes).toEqual([
    {
      id: ids.fiveG,
      label: 'Indicator',
      name: '5G基站数',
      aliases: ['5G基站'],
      properties: { unit: '个' },
      sources: [{ document: DOC_2025, start: 1758, end: 1771, text: '力争5G基站数达4.5万个' }],
    },
    null,
  ]);
});

test('findNodes picks the statement for the direction and sends integers for paging', async () => {
  const { store, driver } = await ready();
  driver.answers.set('find-nodes-desc', () => [{ total: 7, offset: neo4j.int(2), items: [] }]);
  const page = await store.findNodes({
    label: 'Task',
    where: { year: 2025 },
    nameContains: '5G',
    sort: { field: 'domain', direction: 'DESC' },
    offset: 2,
    limit: 5,
  });
  expect(page).toEqual({ total: 7, offset: 2, items: [] });
  const [call] = driver.calls;
  expect(call.name).toBe('find-nodes-desc');
  expect(call.query).toContain('ORDER BY n[$sortField] IS NULL, n[$sortField] DESC, n.id');
  expect(call.params).toEqual({
    label: 'Task',
    where: { year: 2025 },
    nameContains: '5g',
    citedIn: null,
    agency: null,
    sortField: 'domain',
    offset: neo4j.int(2),
    limit: neo4j.int(5),
    after: null,
    before: null,
    fromEnd: false,
  });
});

test('findNodes sends keyset positions for cursors and asks for the last items when paging back', async () => {
  const { store, driver } = await ready();
  driver.answers.set('find-nodes-asc', () => [{ total: 9, offset: 4, items: [] }]);
  const page = await store.findNodes({
    label: 'Plan',
    sort: { field: 'year', direction: 'ASC' },
    before: { value: 2025, id: 'Plan:b' },
    after: { value: null, id: 'Plan:a' },
    fromEnd: true,
    limit: 3,
  });
  expect(page).toEqual({ total: 9, offset: 4, items: [] });
  const call = driver.calls.find((c) => c.name === 'find-nodes-asc')!;
  expect(call.query).toContain('$after.value IS NULL');
  expect(call.params).toMatchObject({
    after: { value: null, id: 'Plan:a' },
    before: { value: 2025, id: 'Plan:b' },
    fromEnd: true,
    limit: neo4j.int(3),
  });
});

test('applyDocument is one transaction: version, what cites it, batched UNWIND upserts per label and type, then the document', async () => {
  const driver = new FakeDriver();
  const store = new Neo4jStore({ ...opts, driver, batchSize: 4, versionCheckMs: 60_000 });
  await store.init();
  driver.calls = [];
  driver.answers.set('bump-version', () => [{ version: 1 }]);
  for (const type of ['DESCRIBES', 'HAS_TASK', 'SETS_TARGET', 'INVOLVES', 'CONTINUED_BY']) {
    driver.answers.set(`apply-relationships-${type}`, (p) => [{ written: (p.rows as unknown[]).length }]);
  }
  const slice = sliceOf(planGraph, DOC_2025);
  await store.applyDocument(slice);
  expect(new Set(driver.calls.map((c) => c.tx)).size).toBe(1);
  const count = <T>(xs: T[], pred: (x: T) => boolean) => Math.ceil(xs.filter(pred).length / 4);
  const labels = ['Document', 'Plan', 'Task', 'Indicator', 'Platform'] as const;
  const types = ['DESCRIBES', 'HAS_TASK', 'SETS_TARGET', 'INVOLVES', 'CONTINUED_BY'] as const;
  const nodes = [...slice.nodes, { label: 'Document' }];
  expect(driver.calls.map((c) => c.name)).toEqual([
    'bump-version',
    'cited-relationships',
    'cited-nodes',
    ...labels.flatMap((l) => Array(count(nodes, (n) => n.label === l)).fill(`apply-nodes-${l}`)),
    ...types.flatMap((t) => Array(count(slice.relationships, (r) => r.type === t)).fill(`apply-relationships-${t}`)),
    'set-documents',
  ]);
  expect(driver.calls[1].params).toEqual({ documents: [DOC_2025] });
  const rows = driver.calls
    .filter((c) => c.name === 'apply-nodes-Task')
    .flatMap((c) => c.params.rows as { id: string; props: Record<string, unknown> }[]);
  const model = rows.find((r) => r.id === ids.task25Model)!;
  expect(model.props).toMatchObject({
    id: ids.task25Model,
    label: 'Task',
    year: 2025,
    srcDoc: [DOC_2025],
    srcText: ['基于开源模型构建政务大模型支撑底座'],
    sourceDocs: [DOC_2025],
  });
  expect(await store.version()).toBe(1);
});

test('a relationship batch with a missing end fails the write', async () => {
  const { store, driver } = await ready();
  driver.answers.set('apply-relationships-DESCRIBES', (p) => [{ written: (p.rows as unknown[]).length - 1 }]);
  await expect(store.applyDocument(sliceOf(planGraph, DOC_2025))).rejects.toThrow(/points to missing node/);
  expect(driver.calls.some((c) => c.name === 'set-documents')).toBe(false);
});

test('labels and types outside the ontology never reach Cypher', async () => {
  const { store, driver } = await ready();
  const slice = sliceOf(planGraph, DOC_2025);
  const bad = { ...slice, nodes: [{ ...slice.nodes[0], label: 'Plan) DETACH DELETE (x' as never }] };
  await expect(store.applyDocument(bad)).rejects.toThrow(/unknown label/);
  expect(driver.calls).toEqual([]);
});

test('an unreachable server: init retries then gives up quietly, calls fail fast, recovery needs no restart', async () => {
  const driver = new FakeDriver();
  driver.reachable = false;
  const log: string[] = [];
  const store = new Neo4jStore({ ...opts, driver, log: (m) => log.push(m) });
  await store.init();
  expect(log.some((m) => m.includes('retry 2'))).toBe(true);
  expect((await store.health()).state).toBe('unavailable');
  const opened = driver.sessionsOpened;
  await expect(store.getNodes(['x'])).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  expect(driver.sessionsOpened).toBe(opened); // failed fast: no session was tried
  driver.reachable = true;
  for (let i = 0; i < 100 && (await store.health()).state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 10));
  expect((await store.health()).state).toBe('ready');
  expect(await store.getNodes(['x'])).toEqual([null]);
  driver.reachable = false;
  await expect(store.getNodes(['x'])).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  expect((await store.health()).state).toBe('unavailable');
  await store.close();
});
