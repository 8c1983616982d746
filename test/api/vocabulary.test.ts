import { toView } from '../../src/api/loaders/views';
import { serveSeeds, type Harness } from './harness';

// Closed vocabularies are enums (spelled as stored, so answers read as before), dates are
// LocalDate when the text gives the day, and periods are one format however a user dashes them.

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60_000);
afterAll(() => h.close());

describe('typed vocabularies, dates and periods', () => {
  it('matches a period written with an em dash (2023—2025) against the stored 2023-2025', async () => {
    const dashed = await h.gql('{ plans(filter: { period: "2023—2025" }) { totalCount nodes { name period kind level } } }');
    expect(dashed.body.errors).toBeUndefined();
    const plain = await h.gql('query($p: Period) { plans(filter: { period: $p }) { totalCount nodes { name period kind level } } }', {
      p: '2023 - 2025年',
    });
    expect(dashed.body.data!.plans.totalCount).toBeGreaterThan(0);
    expect(plain.body.data).toEqual(dashed.body.data);
    expect(dashed.body.data!.plans.nodes[0]).toMatchObject({ period: '2023-2025', kind: 'development_plan', level: 'municipal' });
  });

  it('refuses a period outside the format with BAD_USER_INPUT saying the format', async () => {
    const r = await h.gql('{ plans(filter: { period: "明年" }) { totalCount } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.message).toMatch(/YYYY-YYYY/);
  });

  it('filters by enum values written bare, and refuses an unknown one', async () => {
    const r = await h.gql(
      '{ plans(filter: { kind: action_plan, level: municipal }) { nodes { kind year issueDate issuedOn issuedIn } } documents(filter: { kind: news }) { nodes { kind date publishedOn publishedIn } } }',
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.plans.nodes.length).toBeGreaterThan(0);
    for (const p of r.body.data!.plans.nodes) expect(p.kind).toBe('action_plan');
    for (const d of r.body.data!.documents.nodes) {
      expect(d.kind).toBe('news');
      // a full date is a LocalDate; a month-only date stays in `date`
      expect(d.publishedOn).toBe(/^\d{4}-\d{2}-\d{2}$/.test(d.date ?? '') ? d.date : null);
      // the deprecated untyped date, as a Period of its month (or year)
      expect(d.publishedIn).toBe(d.date ? d.date.slice(0, 7) : null);
    }
    const bad = await h.gql('{ plans(filter: { kind: five_year_plan }) { totalCount } }');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toMatch(/five_year_plan/);
  });

  it('gives the month (or year) of a plan’s issue and a document’s publication as a Period', async () => {
    const r = await h.gql(
      '{ plans(first: 100) { nodes { issueDate issuedOn issuedIn } } documents(first: 100) { nodes { date publishedIn } } }',
    );
    expect(r.body.errors).toBeUndefined();
    const plans = r.body.data!.plans.nodes as { issueDate: string | null; issuedOn: string | null; issuedIn: string | null }[];
    const docs = r.body.data!.documents.nodes as { date: string | null; publishedIn: string | null }[];
    expect(docs.filter((d) => d.publishedIn).length).toBeGreaterThan(0);
    for (const p of plans) {
      expect(p.issuedIn).toBe(p.issueDate ? p.issueDate.slice(0, 7) : null);
      if (p.issuedOn) expect(p.issuedOn.startsWith(p.issuedIn!)).toBe(true);
    }
    for (const d of docs) expect(d.publishedIn).toBe(d.date ? d.date.slice(0, 7) : null);
  });

  it('reads a plan’s issue month from the date as far as its text gives it', () => {
    // The seeds' plans carry no issue date, so the view is asked directly.
    const plan = (issueDate: string) =>
      toView({ id: 'Plan:x', label: 'Plan', name: 'x', aliases: [], properties: { issueDate }, sources: [] });
    expect(plan('2024-04-15')).toMatchObject({ issuedOn: '2024-04-15', issuedIn: '2024-04' });
    expect(plan('2024-04')).toMatchObject({ issuedOn: undefined, issuedIn: '2024-04' });
    expect(plan('2024-13')).toMatchObject({ issuedOn: undefined, issuedIn: undefined });
  });

  it('names the engineering project type as the ontology does', async () => {
    const r = await h.gql('{ projects(first: 1) { nodes { __typename label } } path: node(id: "Nope:1") { id } }');
    expect(r.body.data).toEqual({ projects: { nodes: [{ __typename: 'EngineeringProject', label: 'EngineeringProject' }] }, path: null });
  });
});
