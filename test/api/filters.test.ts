import { serveSeeds, type Harness } from './harness';

// Filters by agency and by document on the root lists, checked on the five seeds against what
// the nodes themselves say: an agency's responsibilities name exactly the tasks, results, plans
// and projects its filter gives; a document's filter gives exactly the nodes quoted from it.

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60_000);
afterAll(() => h.close());

async function data(query: string, variables: Record<string, unknown> = {}) {
  const r = await h.gql(query, variables);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data!;
}
const ids = (c: { nodes: { id: string }[] }) => c.nodes.map((n) => n.id).sort();

const BY_AGENCY = `query ($agency: ID!) {
  tasks(first: 100, filter: { agency: $agency }) { totalCount nodes { id } }
  results(first: 100, filter: { agency: $agency }) { totalCount nodes { id } }
  plans(first: 100, filter: { agency: $agency }) { totalCount nodes { id } }
  projects(first: 100, filter: { agency: $agency }) { totalCount nodes { id } }
}`;

describe('filter by agency', () => {
  it('gives exactly the tasks, results, plans and projects the agency is responsible for', async () => {
    const { agencies } = await data('{ agencies(first: 100) { nodes { id name responsibilities { subject { __typename id } } } } }');
    const busy = agencies.nodes.filter((a: any) => a.responsibilities.length > 0);
    expect(busy.length).toBeGreaterThan(5);
    const seen = new Set<string>();
    for (const a of busy) {
      const got = await data(BY_AGENCY, { agency: a.id });
      const of = (type: string) =>
        [...new Set<string>(a.responsibilities.filter((r: any) => r.subject.__typename === type).map((r: any) => r.subject.id))].sort();
      expect({
        agency: a.name,
        tasks: ids(got.tasks),
        results: ids(got.results),
        plans: ids(got.plans),
        projects: ids(got.projects),
      }).toEqual({
        agency: a.name,
        tasks: of('Task'),
        results: of('Result'),
        plans: of('Plan'),
        projects: of('EngineeringProject'),
      });
      for (const k of ['tasks', 'results', 'plans']) if (got[k].totalCount > 0) seen.add(k);
    }
    expect([...seen].sort()).toEqual(['plans', 'results', 'tasks']);
  });

  it('combines with the other fields and pages', async () => {
    const bureau = (await data('{ agency(name: "市大数据局") { id } }')).agency.id;
    const all = await data(
      `{ plans(first: 100, filter: { agency: "${bureau}" }, sort: { field: NAME }) { totalCount nodes { id year } } }`,
    );
    expect(all.plans.totalCount).toBeGreaterThan(3);
    const y2025 = all.plans.nodes.filter((p: any) => p.year === 2025).map((p: any) => p.id);
    const narrowed = await data(
      `{ plans(first: 100, filter: { agency: "${bureau}", year: 2025 }, sort: { field: NAME }) { nodes { id } } }`,
    );
    expect(narrowed.plans.nodes.map((p: any) => p.id)).toEqual(y2025);
    const page1 = await data(
      `{ plans(first: 2, filter: { agency: "${bureau}" }, sort: { field: NAME }) { nodes { id } pageInfo { endCursor } } }`,
    );
    const page2 = await data(
      `{ plans(first: 2, after: "${page1.plans.pageInfo.endCursor}", filter: { agency: "${bureau}" }, sort: { field: NAME }) { nodes { id } } }`,
    );
    expect([...page1.plans.nodes, ...page2.plans.nodes].map((p: any) => p.id)).toEqual(all.plans.nodes.slice(0, 4).map((p: any) => p.id));
  });

  it('gives the documents that name the agency as an issuer (Document.issuers)', async () => {
    const { documents } = await data('{ documents(first: 100) { nodes { id issuers { id } } } }');
    const issuers = [...new Set<string>(documents.nodes.flatMap((d: any) => d.issuers.map((a: any) => a.id)))];
    expect(issuers.length).toBeGreaterThan(0);
    for (const agency of issuers) {
      const got = await data('query ($a: ID!) { documents(first: 100, filter: { agency: $a }) { totalCount nodes { id } } }', {
        a: agency,
      });
      expect(ids(got.documents)).toEqual(
        documents.nodes
          .filter((d: any) => d.issuers.some((a: any) => a.id === agency))
          .map((d: any) => d.id)
          .sort(),
      );
    }
  });

  it('refuses an id of another kind, and an unknown agency matches nothing', async () => {
    const plan = (await data('{ plans(first: 1) { nodes { id } } }')).plans.nodes[0].id;
    const r = await h.gql(`{ tasks(filter: { agency: "${plan}" }) { totalCount } }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.message).toContain('filter.agency');
    expect((await data('{ tasks(filter: { agency: "Agency:nope" }) { totalCount } }')).tasks.totalCount).toBe(0);
  });
});

describe('filter by document', () => {
  const LISTS = ['plans', 'projects', 'tasks', 'results', 'indicators', 'platforms', 'agencies'];

  /** Every node of a list (paged through), or those of one document, with the documents quoting them. */
  async function whole(list: string, document?: string): Promise<{ id: string; sources: { document: { id: string } }[] }[]> {
    const out = [];
    let after: string | null = null;
    for (;;) {
      const args = `first: 100${after ? `, after: "${after}"` : ''}${document ? `, filter: { document: "${document}" }` : ''}`;
      const c: any = (await data(`{ c: ${list}(${args}) { nodes { id sources { document { id } } } pageInfo { hasNextPage endCursor } } }`))
        .c;
      out.push(...c.nodes);
      if (!c.pageInfo.hasNextPage) return out;
      after = c.pageInfo.endCursor;
    }
  }

  it('gives, on every list, exactly the nodes quoted from that document', async () => {
    const { documents } = await data('{ documents(first: 100) { nodes { id plans { id } } } }');
    const everything = Object.fromEntries(await Promise.all(LISTS.map(async (l) => [l, await whole(l)] as const)));
    let nonEmpty = 0;
    for (const doc of documents.nodes) {
      for (const l of LISTS) {
        const quoted = everything[l]!.filter((n) => n.sources.some((s) => s.document.id === doc.id))
          .map((n) => n.id)
          .sort();
        const got = (await whole(l, doc.id)).map((n) => n.id).sort();
        expect({ doc: doc.id, list: l, ids: got }).toEqual({ doc: doc.id, list: l, ids: quoted });
        if (quoted.length) nonEmpty++;
        // the plans a document describes are among those it quotes
        if (l === 'plans') expect(got).toEqual(expect.arrayContaining(doc.plans.map((p: any) => p.id)));
      }
    }
    expect(nonEmpty).toBeGreaterThan(documents.nodes.length * 3);
  }, 60_000);
});

describe('Responsibility.period', () => {
  it('is the period its own sentence gives, so one plan reported in 2025 and issued in 2025H1 shows both', async () => {
    const { agency } = await data('{ agency(name: "市大数据局") { responsibilities { role period year subject { id } } } }');
    const bySubject = new Map<string, Set<string>>();
    for (const r of agency.responsibilities) {
      expect(r.period).not.toBeNull();
      expect(r.year).toBe(Number(r.period.slice(0, 4)));
      bySubject.set(r.subject.id, (bySubject.get(r.subject.id) ?? new Set()).add(r.period));
    }
    expect([...bySubject.values()].some((periods) => periods.has('2025') && periods.has('2025H1'))).toBe(true);
  });
});
