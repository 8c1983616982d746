import neo4j from 'neo4j-driver';
import type { DocumentSlice, GraphNode, GraphRelationship } from '../../../src/model';
import { cypher, Neo4jStore } from '../../../src/graph/neo4j';
import { nameKey } from '../../../src/graph/contract/text-fold';
import { DOC_2023, DOC_2025, documents, ids, planGraph } from '../../fixtures/graph/plan-graph';
import { FakeDriver, type Call } from './fake-driver';

// What each contract method sends to Neo4j, statement by statement and parameter by parameter
// (in the manner of @neo4j/graphql's TCK): a change to a statement, its parameters, their order
// or the transactions they run in shows up here, in review, without a server.

const opts = { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'x', retryDelayMs: 5, initAttempts: 1, versionCheckMs: 0 };

async function ready(extra: Partial<ConstructorParameters<typeof Neo4jStore>[0]> = {}) {
  const driver = new FakeDriver();
  driver.answers.set('bump-version', () => [{ version: 8 }]);
  const store = new Neo4jStore({ ...opts, driver, ...extra });
  await store.init();
  driver.calls = [];
  return { store, driver };
}

/** A call as the tests spell it: statement name, parameters, transaction and access mode. */
const sent = (calls: Call[]) => calls.map(({ name, params, tx, mode }) => ({ name, params, tx, mode }));
const node = (id: string) => planGraph.nodes.find((n) => n.id === id)!;
const rel = (type: string, from: string, to: string) =>
  planGraph.relationships.find((r) => r.type === type && r.from === from && r.to === to)!;
const doc2025 = documents.find((d) => d.id === DOC_2025)!;

/** Every property stored for a node (encode.ts), spelled out. */
function storedNode(n: GraphNode): Record<string, unknown> {
  return {
    ...n.properties,
    id: n.id,
    label: n.label,
    name: n.name,
    aliases: n.aliases,
    aliasText: n.aliases.join('\n'),
    nameKey: nameKey(n.name),
    nameKeys: [...new Set([n.name, ...n.aliases].map(nameKey))],
    sourceText: n.sources.map((s) => s.text).join('\n'),
    srcDoc: n.sources.map((s) => s.document),
    srcStart: n.sources.map((s) => s.start),
    srcEnd: n.sources.map((s) => s.end),
    srcText: n.sources.map((s) => s.text),
    sourceDocs: [...new Set(n.sources.map((s) => s.document))],
  };
}
function storedRel(r: GraphRelationship): Record<string, unknown> {
  return {
    ...r.properties,
    id: r.id,
    srcDoc: r.sources.map((s) => s.document),
    srcStart: r.sources.map((s) => s.start),
    srcEnd: r.sources.map((s) => s.end),
    srcText: r.sources.map((s) => s.text),
    sourceDocs: [...new Set(r.sources.map((s) => s.document))],
  };
}

// The 2025 plan, one of its tasks, and the HAS_TASK between them: the smallest real slice.
const plan = node(ids.plan2025);
const task = node(ids.task25FiveG);
const hasTask = rel('HAS_TASK', ids.plan2025, ids.task25FiveG);
const slice: DocumentSlice = { document: doc2025, nodes: [plan, task], relationships: [hasTask] };
const documentNodeProps = {
  kind: 'interpretation',
  path: doc2025.path,
  chars: doc2025.chars,
  period: '2025',
  id: DOC_2025,
  label: 'Document',
  name: doc2025.title,
  aliases: [],
  aliasText: '',
  nameKey: nameKey(doc2025.title),
  nameKeys: [nameKey(doc2025.title)],
  sourceText: '',
  srcDoc: [],
  srcStart: [],
  srcEnd: [],
  srcText: [],
  sourceDocs: [],
};

describe('writes', () => {
  test('applyDocument: one transaction — version, what cites the document, one upsert per label and per type, the record', async () => {
    const { store, driver } = await ready({ versionCheckMs: 60_000 });
    driver.answers.set('apply-relationships-HAS_TASK', (p) => [{ written: (p.rows as unknown[]).length }]);
    await store.applyDocument(slice);
    const documents = [DOC_2025];
    const tx = driver.calls[0].tx;
    expect(sent(driver.calls)).toEqual([
      { name: 'bump-version', params: {}, tx, mode: 'WRITE' },
      { name: 'cited-relationships', params: { documents }, tx, mode: 'WRITE' },
      { name: 'cited-nodes', params: { documents }, tx, mode: 'WRITE' },
      { name: 'apply-nodes-Document', params: { rows: [{ id: DOC_2025, props: documentNodeProps }] }, tx, mode: 'WRITE' },
      { name: 'apply-nodes-Plan', params: { rows: [{ id: ids.plan2025, props: storedNode(plan) }] }, tx, mode: 'WRITE' },
      { name: 'apply-nodes-Task', params: { rows: [{ id: ids.task25FiveG, props: storedNode(task) }] }, tx, mode: 'WRITE' },
      {
        name: 'apply-relationships-HAS_TASK',
        params: { rows: [{ id: hasTask.id, from: ids.plan2025, to: ids.task25FiveG, props: storedRel(hasTask) }] },
        tx,
        mode: 'WRITE',
      },
      { name: 'set-documents', params: { rows: [{ id: DOC_2025, record: JSON.stringify(doc2025) }] }, tx, mode: 'WRITE' },
    ]);
    // The task's stored state, literally: its year, domain and the sentence it was read from.
    expect(storedNode(task)).toMatchObject({
      id: ids.task25FiveG,
      label: 'Task',
      name: '力争5G基站数达4.5万个',
      year: 2025,
      domain: '数字基础设施',
      srcDoc: [DOC_2025],
      srcText: ['力争5G基站数达4.5万个'],
      sourceDocs: [DOC_2025],
    });
    expect(await store.version()).toBe(8);
  });

  test('facts citing the document that its slice no longer has lose its support, by id, relationships first', async () => {
    const { store, driver } = await ready();
    driver.answers.set('apply-relationships-HAS_TASK', (p) => [{ written: (p.rows as unknown[]).length }]);
    // Stored: the slice's own facts, plus a task and its HAS_TASK the new slice dropped.
    driver.answers.set('cited-relationships', () => [
      { id: hasTask.id, from: ids.plan2025 },
      { id: 'HAS_TASK:gone', from: ids.plan2025 },
    ]);
    driver.answers.set('cited-nodes', () => [{ id: ids.plan2025 }, { id: ids.task25FiveG }, { id: ids.task25Model }, { id: DOC_2025 }]);
    await store.applyDocument(slice);
    const documents = [DOC_2025];
    expect(
      sent(driver.calls)
        .slice(1, 7)
        .map(({ name, params }) => ({ name, params })),
    ).toEqual([
      { name: 'cited-relationships', params: { documents } },
      { name: 'cited-nodes', params: { documents } },
      { name: 'prune-relationships-delete', params: { documents, rows: [{ id: 'HAS_TASK:gone', from: ids.plan2025 }] } },
      { name: 'prune-relationships-drop', params: { documents, rows: [{ id: 'HAS_TASK:gone', from: ids.plan2025 }] } },
      { name: 'prune-nodes-delete', params: { documents, ids: [ids.task25Model] } },
      { name: 'prune-nodes-drop', params: { documents, ids: [ids.task25Model] } },
    ]);
    expect(driver.calls[7].name).toBe('apply-nodes-Document');
  });

  test('the statements it sends, as text: literal labels and types, parameters only', async () => {
    const { store, driver } = await ready();
    driver.answers.set('apply-relationships-HAS_TASK', (p) => [{ written: (p.rows as unknown[]).length }]);
    await store.applyDocument(slice);
    const text = (name: string) => driver.calls.find((c) => c.name === name)!.query;
    expect(
      text('bump-version')
        .split('\n')
        .filter((l) => !l.startsWith('//')),
    ).toEqual(["MERGE (v:GraphVersion {id: 'graph'})", 'SET v.version = coalesce(v.version, 0) + 1', 'RETURN v.version AS version']);
    expect(
      text('apply-nodes-Task')
        .split('\n')
        .filter((l) => !l.startsWith('//')),
    ).toEqual(['UNWIND $rows AS row', 'MERGE (n:Entity {id: row.id})', 'SET n = row.props', 'SET n:Task']);
    expect(
      text('apply-relationships-HAS_TASK')
        .split('\n')
        .filter((l) => !l.startsWith('//')),
    ).toEqual([
      'UNWIND $rows AS row',
      'MATCH (a:Entity {id: row.from})',
      'MATCH (b:Entity {id: row.to})',
      'MERGE (a)-[r:HAS_TASK {id: row.id}]->(b)',
      'SET r = row.props',
      'RETURN count(r) AS written',
    ]);
    expect(
      text('cited-nodes')
        .split('\n')
        .filter((l) => !l.startsWith('//')),
    ).toEqual(['MATCH (n:Entity)', 'WHERE any(d IN n.sourceDocs WHERE d IN $documents)', 'RETURN n.id AS id']);
    for (const c of driver.calls) expect(c.query).toBe(cypher(c.name));
  });

  test('a relationship of every type goes to the statement spelling that type', async () => {
    const { store, driver } = await ready();
    driver.answers.set('bump-version', () => [{ version: 1 }]);
    for (const type of ['DESCRIBES', 'HAS_TASK', 'SETS_TARGET', 'MEASURED', 'INVOLVES', 'RESPONSIBLE_FOR', 'LED_TO', 'CONTINUED_BY']) {
      driver.answers.set(`apply-relationships-${type}`, (p) => [{ written: (p.rows as unknown[]).length }]);
    }
    await store.applyDocuments(
      planGraph.documents.map((d) => ({
        document: d,
        nodes: planGraph.nodes.filter(
          (n) =>
            n.sources.some((s) => s.document === d.id) ||
            planGraph.relationships.some((r) => r.sources.some((s) => s.document === d.id) && (r.from === n.id || r.to === n.id)),
        ),
        relationships: planGraph.relationships.filter((r) => r.sources.some((s) => s.document === d.id)),
      })),
    );
    const byStatement = new Map<string, string[]>();
    for (const c of driver.calls.filter((x) => x.name.startsWith('apply-relationships-'))) {
      byStatement.set(
        c.name,
        (c.params.rows as { id: string }[]).map((r) => r.id),
      );
    }
    for (const [name, relIds] of byStatement) {
      const type = name.slice('apply-relationships-'.length);
      for (const id of relIds) expect(planGraph.relationships.find((r) => r.id === id)?.type).toBe(type);
    }
    // Every relationship once, though several slices carry the derived ones.
    expect([...byStatement.values()].flat().sort()).toEqual(planGraph.relationships.map((r) => r.id).sort());
    expect(new Set(driver.calls.map((c) => c.tx)).size).toBe(1);
  });

  test('applyDocuments: documents share a transaction up to the row budget; a shared fact is sent once per transaction', async () => {
    const { store, driver } = await ready({ rowBudget: 1_000 });
    driver.answers.set('apply-relationships-SETS_TARGET', (p) => [{ written: (p.rows as unknown[]).length }]);
    const slices = [DOC_2023, DOC_2025].map((id) => ({
      document: documents.find((d) => d.id === id)!,
      nodes: [node(ids.fiveG), ...(id === DOC_2023 ? [node(ids.task23FiveG)] : [node(ids.task25FiveG)])],
      relationships: [rel('SETS_TARGET', id === DOC_2023 ? ids.task23FiveG : ids.task25FiveG, ids.fiveG)],
    }));
    await store.applyDocuments(slices);
    expect(new Set(driver.calls.map((c) => c.tx)).size).toBe(1);
    const names = driver.calls.map((c) => c.name);
    expect(names).toEqual([
      'bump-version',
      'cited-relationships',
      'cited-nodes',
      'apply-nodes-Document',
      'apply-nodes-Task',
      'apply-nodes-Indicator',
      'apply-relationships-SETS_TARGET',
      'set-documents',
    ]);
    const call = (name: string) => driver.calls.find((c) => c.name === name)!.params;
    expect(call('cited-nodes')).toEqual({ documents: [DOC_2023, DOC_2025] });
    expect((call('apply-nodes-Indicator').rows as { id: string }[]).map((r) => r.id)).toEqual([ids.fiveG]);
    expect((call('apply-nodes-Task').rows as { id: string }[]).map((r) => r.id)).toEqual([ids.task23FiveG, ids.task25FiveG]);
    expect((call('set-documents').rows as { id: string }[]).map((r) => r.id)).toEqual([DOC_2023, DOC_2025]);

    // A budget of one document's rows: a transaction each, the version bumped in each.
    const small = await ready({ rowBudget: 1 });
    small.driver.answers.set('apply-relationships-SETS_TARGET', (p) => [{ written: (p.rows as unknown[]).length }]);
    await small.store.applyDocuments(slices);
    const txs = [...new Set(small.driver.calls.map((c) => c.tx))];
    expect(txs).toHaveLength(2);
    for (const tx of txs) expect(small.driver.calls.filter((c) => c.tx === tx).map((c) => c.name)[0]).toBe('bump-version');
    // What cites the documents is looked up once, in the first transaction, for both of them.
    expect(small.driver.calls.filter((c) => c.name.startsWith('cited-')).map((c) => [c.name, c.tx, c.params])).toEqual([
      ['cited-relationships', txs[0], { documents: [DOC_2023, DOC_2025] }],
      ['cited-nodes', txs[0], { documents: [DOC_2023, DOC_2025] }],
    ]);
  });

  test('UNWIND batches split at batchSize within a label', async () => {
    const { store, driver } = await ready({ batchSize: 2 });
    const tasks = [ids.task23FiveG, ids.task23Racks, ids.task23Brain].map(node);
    await store.applyDocument({ document: documents.find((d) => d.id === DOC_2023)!, nodes: tasks, relationships: [] });
    const taskCalls = driver.calls.filter((c) => c.name === 'apply-nodes-Task');
    expect(taskCalls.map((c) => (c.params.rows as { id: string }[]).map((r) => r.id))).toEqual([
      [ids.task23FiveG, ids.task23Racks],
      [ids.task23Brain],
    ]);
  });

  test('a relationship to a missing node fails the transaction, naming it as the embedded store does', async () => {
    const { store, driver } = await ready();
    driver.answers.set('apply-relationships-HAS_TASK', () => [{ written: 0 }]);
    driver.answers.set('get-nodes', (p) => (p.ids as string[]).map((id) => ({ id, node: id === ids.plan2025 ? { id } : null })));
    await expect(store.applyDocument(slice)).rejects.toThrow(
      `relationship ${hasTask.id} (HAS_TASK) points to missing node ${ids.task25FiveG}`,
    );
    expect(driver.calls.map((c) => c.name).slice(-2)).toEqual(['apply-relationships-HAS_TASK', 'get-nodes']);
    expect(driver.calls.some((c) => c.name === 'set-documents')).toBe(false);
  });

  test('bad input in any slice is refused before the first transaction', async () => {
    const { store, driver } = await ready();
    const bad = { ...slice, relationships: [{ ...hasTask, type: 'OWNS' as never }] };
    await expect(store.applyDocuments([slice, bad])).rejects.toThrow(/unknown type OWNS/);
    expect(driver.calls).toEqual([]);
  });

  test('removeDocument: the record, the version, every fact citing it loses that support, the Document node', async () => {
    const { store, driver } = await ready();
    driver.answers.set('get-documents', () => [{ id: DOC_2025, record: JSON.stringify(doc2025) }]);
    driver.answers.set('cited-relationships', () => [{ id: hasTask.id, from: ids.plan2025 }]);
    driver.answers.set('cited-nodes', () => [{ id: ids.plan2025 }, { id: ids.fiveG }]);
    expect(await store.removeDocument(DOC_2025)).toBe(true);
    const tx = driver.calls[0].tx;
    const documents = [DOC_2025];
    const rows = [{ id: hasTask.id, from: ids.plan2025 }];
    const nodeIds = [ids.plan2025, ids.fiveG];
    expect(sent(driver.calls)).toEqual([
      { name: 'get-documents', params: { ids: [DOC_2025] }, tx, mode: 'WRITE' },
      { name: 'bump-version', params: {}, tx, mode: 'WRITE' },
      { name: 'cited-relationships', params: { documents }, tx, mode: 'WRITE' },
      { name: 'cited-nodes', params: { documents }, tx, mode: 'WRITE' },
      { name: 'prune-relationships-delete', params: { documents, rows }, tx, mode: 'WRITE' },
      { name: 'prune-relationships-drop', params: { documents, rows }, tx, mode: 'WRITE' },
      { name: 'prune-nodes-delete', params: { documents, ids: nodeIds }, tx, mode: 'WRITE' },
      { name: 'prune-nodes-drop', params: { documents, ids: nodeIds }, tx, mode: 'WRITE' },
      { name: 'delete-document', params: { id: DOC_2025 }, tx, mode: 'WRITE' },
    ]);
  });

  test('removeDocument of an unknown document: one look-up, no version bump', async () => {
    const { store, driver } = await ready();
    driver.answers.set('get-documents', () => [{ id: 'nope', record: null }]);
    expect(await store.removeDocument('nope')).toBe(false);
    expect(sent(driver.calls)).toEqual([{ name: 'get-documents', params: { ids: ['nope'] }, tx: expect.any(Number), mode: 'WRITE' }]);
  });
});

describe('reads: one statement, one read transaction each', () => {
  const int = (n: number) => neo4j.int(n);
  const cases: [string, (s: Neo4jStore) => Promise<unknown>, string, Record<string, unknown>][] = [
    ['getNodes', (s) => s.getNodes([ids.fiveG]), 'get-nodes', { ids: [ids.fiveG] }],
    ['getDocuments', (s) => s.getDocuments([DOC_2023]), 'get-documents', { ids: [DOC_2023] }],
    ['listDocuments', (s) => s.listDocuments(), 'list-documents', {}],
    [
      'findNodes ASC',
      (s) => s.findNodes({ label: 'Task', where: { year: 2023 }, sort: { field: 'name', direction: 'ASC' }, limit: 10 }),
      'find-nodes-asc',
      {
        label: 'Task',
        where: { year: 2023 },
        nameContains: null,
        citedIn: null,
        agency: null,
        sortField: 'name',
        offset: int(0),
        after: null,
        before: null,
        fromEnd: false,
        limit: int(10),
      },
    ],
    [
      'findNodes default sort',
      (s) => s.findNodes({ label: 'Plan', limit: 3 }),
      'find-nodes-asc',
      {
        label: 'Plan',
        where: {},
        nameContains: null,
        citedIn: null,
        agency: null,
        sortField: 'id',
        offset: int(0),
        after: null,
        before: null,
        fromEnd: false,
        limit: int(3),
      },
    ],
    [
      'findNodes by document and agency, DESC',
      (s) =>
        s.findNodes({
          label: 'Plan',
          citedIn: DOC_2023,
          responsibleAgency: ids.bureau,
          sort: { field: 'year', direction: 'DESC' },
          limit: 5,
        }),
      'find-nodes-desc',
      {
        label: 'Plan',
        where: {},
        nameContains: null,
        citedIn: DOC_2023,
        agency: ids.bureau,
        sortField: 'year',
        offset: int(0),
        after: null,
        before: null,
        fromEnd: false,
        limit: int(5),
      },
    ],
    [
      'findByName',
      (s) => s.findByName('Indicator', '“累计５Ｇ基站数”'),
      'find-by-name',
      { label: 'Indicator', key: nameKey('累计5G基站数') },
    ],
    [
      'relationships',
      (s) => s.relationships({ nodeIds: [ids.fiveG], direction: 'IN', types: ['MEASURED'] }),
      'relationships',
      { ids: [ids.fiveG], direction: 'IN', types: ['MEASURED'] },
    ],
    [
      'relationships, all types',
      (s) => s.relationships({ nodeIds: [ids.fiveG], direction: 'BOTH', types: [] }),
      'relationships',
      { ids: [ids.fiveG], direction: 'BOTH', types: null },
    ],
    [
      'search',
      (s) => s.search({ text: '城市 云脑', labels: ['Platform'], limit: 5 }),
      'search',
      { query: '"城市" AND "云脑"', labels: ['Platform'], limit: int(5) },
    ],
    [
      'search: pairs and words required, a lone character as a prefix',
      (s) => s.search({ text: 'AI算法 云', limit: 100 }),
      'search',
      { query: '"ai" AND "算法" AND 云*', labels: null, limit: int(100) },
    ],
    [
      'lineage (LED_TO by default)',
      (s) => s.lineage({ fromYear: 2023, toYear: 2024, indicatorId: ids.fiveG, limit: 20 }),
      'lineage',
      { types: ['LED_TO'], fromYear: 2023, toYear: 2024, indicatorId: ids.fiveG, platformId: null, limit: int(20) },
    ],
    [
      'shortestPath (hops capped at 10)',
      (s) => s.shortestPath(ids.task23FiveG, ids.task25FiveG, 50),
      'shortest-path',
      { from: ids.task23FiveG, to: ids.task25FiveG, maxHops: int(10) },
    ],
    ['stats', (s) => s.stats(), 'stats', {}],
    ['version', (s) => s.version(), 'read-version', {}],
  ];
  test.each(cases)('%s', async (_label, call, name, params) => {
    const { store, driver } = await ready();
    driver.answers.set('stats', () => [{ nodes: [], rels: [], groups: [] }]);
    await call(store);
    expect(sent(driver.calls)).toEqual([{ name, params, tx: expect.any(Number), mode: 'READ' }]);
    expect(driver.calls[0].query).toBe(cypher(name));
  });

  test('search with nothing to look for sends nothing', async () => {
    const { store, driver } = await ready();
    expect(await store.search({ text: '   ', limit: 5 })).toEqual([]);
    expect(driver.calls).toEqual([]);
  });

  test('a path from a node to itself is a node look-up, not a path query', async () => {
    const { store, driver } = await ready();
    await store.shortestPath(ids.plan2023, ids.plan2023, 3);
    expect(driver.calls.map((c) => c.name)).toEqual(['get-nodes']);
  });
});

describe('the graph version', () => {
  test('is read from the graph at most once per check interval; a write of this process is seen at once', async () => {
    const { store, driver } = await ready({ versionCheckMs: 60_000 });
    driver.answers.set('read-version', () => [{ version: 41 }]);
    expect(await store.version()).toBe(41);
    expect(await store.version()).toBe(41);
    expect(driver.calls.map((c) => c.name)).toEqual(['read-version']);
    driver.answers.set('bump-version', () => [{ version: 42 }]);
    driver.answers.set('apply-relationships-HAS_TASK', (p) => [{ written: (p.rows as unknown[]).length }]);
    await store.applyDocument(slice);
    driver.calls = [];
    expect(await store.version()).toBe(42);
    expect(driver.calls).toEqual([]);
  });

  test('another process’s write is seen on the next check (interval 0: every call)', async () => {
    const { store, driver } = await ready({ versionCheckMs: 0 });
    driver.answers.set('read-version', () => [{ version: 3 }]);
    expect(await store.version()).toBe(3);
    driver.answers.set('read-version', () => [{ version: 4 }]);
    expect(await store.version()).toBe(4);
    expect((await store.health()).version).toBe(4);
  });
});
