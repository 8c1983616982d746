import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { planGraph, sliceOf } from '../fixtures/graph/plan-graph';
import { serve, storeOf, type Harness } from './harness';

// Codegen, GraphiQL and Apollo Sandbox read the schema with graphql-js's standard introspection
// query, 15 levels deep: the depth limit (12) guards the graph, not the schema, so it lets that
// through; a query that also reads the graph, and introspection nested past graphql-js's own
// bound, are still refused.

const slices = () => planGraph.documents.map((d) => sliceOf(planGraph, d.id));
const codes = (r: { body: { errors?: { extensions?: { code?: string } }[] } }) => (r.body.errors ?? []).map((e) => e.extensions?.code);

let h: Harness;
beforeAll(async () => {
  h = await serve(await storeOf(slices()), { responseCache: false });
});
afterAll(() => h.close());

describe('introspection', () => {
  it.each([
    ['graphql-js default', getIntrospectionQuery()],
    [
      'every option (as Sandbox and codegen send it)',
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    ],
  ])('answers the standard introspection query (%s) with 200 and a schema a client can build', async (_name, query) => {
    const r = await h.gql<IntrospectionQuery>(query);
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
    const schema = buildClientSchema(r.body.data!);
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['plans', 'tasks', 'planDiff', 'searchHits']));
  });

  it('still refuses a query that reads the graph as deep, even beside introspection', async () => {
    let sel = 'name';
    for (let i = 0; i < 6; i++) sel = `tasks { plan { ${sel} } }`;
    const r = await h.gql(`{ __schema { queryType { name } } plans { nodes { ${sel} } } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
  });

  it('refuses introspection nested past graphql-js’s bound (fields within fields within fields)', async () => {
    const r = await h.gql('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }');
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toMatch(/[Mm]aximum introspection depth/);
  });

  it('is refused when introspection is off (production)', async () => {
    const off = await serve(await storeOf(slices()), { introspection: false, responseCache: false });
    try {
      const r = await off.gql(getIntrospectionQuery());
      expect(r.status).toBe(400);
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors![0].message).toMatch(/introspection/i);
    } finally {
      await off.close();
    }
  });
});
