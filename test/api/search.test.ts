import { EXAMPLE_OPERATIONS } from '../../src/api';
import { serveSeeds, type Harness } from './harness';

// Search as a connection: every term (ALL) or any (ANY, a long Chinese word also by its parts),
// names, sentences and document texts, each term's own count, and a hint when nothing matched.

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60_000);
afterAll(() => h.close());

const Q = `query($text: String!, $match: MatchMode!, $labels: [NodeLabel!]) {
  searchHits(text: $text, match: $match, labels: $labels, first: 100) {
    totalCount hint terms { term hits } edges { matchedIn snippet node { __typename id name } } } }`;

describe('searchHits', () => {
  it('finds nothing for 医疗健康 as one word, says which parts match, and finds them with ANY', async () => {
    const all = (await h.gql(Q, { text: '医疗健康', match: 'ALL' })).body.data!.searchHits;
    const parts = await Promise.all(
      ['医疗', '健康'].map(async (t) => (await h.gql(Q, { text: t, match: 'ALL' })).body.data!.searchHits.totalCount),
    );
    expect(parts.every((n) => n > 0)).toBe(true);
    if (all.totalCount === 0) {
      expect(all.hint).toMatch(/医疗/);
      expect(all.hint).toMatch(/match: ANY/);
    }
    const any = (await h.gql(Q, { text: '医疗健康', match: 'ANY' })).body.data!.searchHits;
    expect(any.totalCount).toBeGreaterThanOrEqual(Math.max(...parts));
    expect(any.terms.find((t: any) => t.term === '医疗').hits).toBeGreaterThan(0);
    expect(any.hint).toBeNull();
  });

  it('wants every word with ALL and any with ANY, counting each word alone', async () => {
    const all = (await h.gql(Q, { text: '城市云脑 5G', match: 'ALL' })).body.data!.searchHits;
    const any = (await h.gql(Q, { text: '城市云脑 5G', match: 'ANY' })).body.data!.searchHits;
    const count = (t: string) => all.terms.find((x: any) => x.term === t).hits;
    expect(all.totalCount).toBeLessThanOrEqual(Math.min(count('城市云脑'), count('5G')));
    expect(any.totalCount).toBeGreaterThanOrEqual(Math.max(count('城市云脑'), count('5G')));
    for (const e of all.edges) expect(e.snippet).toContain('<mark>');
  });

  it('searches document texts, and only them when asked for documents', async () => {
    const docs = (await h.gql(Q, { text: '政务服务', match: 'ALL', labels: ['Document'] })).body.data!.searchHits;
    expect(docs.totalCount).toBeGreaterThan(0);
    for (const e of docs.edges) expect([e.matchedIn, e.node.__typename]).toEqual(['DOCUMENT_TEXT', 'Document']);
    const mixed = (await h.gql(Q, { text: '政务服务', match: 'ALL' })).body.data!.searchHits;
    const kinds = new Set(mixed.edges.map((e: any) => e.matchedIn));
    expect(kinds.has('DOCUMENT_TEXT')).toBe(true);
    expect(kinds.has('NAME') || kinds.has('SENTENCE')).toBe(true);
    // nodes rank before whole documents
    const firstDoc = mixed.edges.findIndex((e: any) => e.matchedIn === 'DOCUMENT_TEXT');
    expect(mixed.edges.slice(firstDoc).every((e: any) => e.matchedIn === 'DOCUMENT_TEXT')).toBe(true);
  });

  it('gives a hint naming no part when nothing at all matches', async () => {
    const none = (await h.gql(Q, { text: '量子纠缠', match: 'ALL' })).body.data!.searchHits;
    expect(none.totalCount).toBe(0);
    expect(none.hint).toContain('量子纠缠');
  });
});

describe('lineageLinks filters', () => {
  it('narrows by domain and by project, and gives none for an unknown indicator', async () => {
    const q = `query($domain: String, $project: ID, $indicator: String) { lineageLinks(fromYear: 2023, toYear: 2025, first: 100, domain: $domain, project: $project, indicator: $indicator) {
      totalCount nodes { task { domain project { id } } result { domain } } } }`;
    const all = (await h.gql(q, {})).body.data!.lineageLinks;
    expect(all.totalCount).toBeGreaterThan(0);
    const domain = all.nodes.find((l: any) => l.task.domain)?.task.domain as string;
    const byDomain = (await h.gql(q, { domain })).body.data!.lineageLinks;
    expect(byDomain.totalCount).toBeGreaterThan(0);
    expect(byDomain.totalCount).toBeLessThanOrEqual(all.totalCount);
    for (const l of byDomain.nodes) expect([l.task.domain, l.result.domain]).toContain(domain);
    const project = all.nodes.find((l: any) => l.task.project)?.task.project.id as string | undefined;
    if (project) {
      const byProject = (await h.gql(q, { project })).body.data!.lineageLinks;
      expect(byProject.totalCount).toBeGreaterThan(0);
      for (const l of byProject.nodes) expect(l.task.project?.id).toBe(project);
    }
    const unknown = await h.gql(q, { indicator: '不存在的指标' });
    expect(unknown.body).toEqual({ data: { lineageLinks: { totalCount: 0, nodes: [] } } });
  });
});

describe('example operations', () => {
  it.each(EXAMPLE_OPERATIONS.map((op) => [op.name, op] as const))('%s answers on the seeds without errors', async (_name, op) => {
    const r = await h.gql(op.query, op.variables);
    expect(r.body.errors).toBeUndefined();
    expect(JSON.stringify(r.body.data)).not.toMatch(/^\{"\w+":null\}$/);
  });
});
