import { EXAMPLE_OPERATIONS } from '../../src/api';
import { EmbeddedStore } from '../../src/graph';
import { ids, planGraph, sliceOf } from '../fixtures/graph/plan-graph';
import { serve, storeOf, type Harness } from './harness';

// The compiled executor (graphql-jit, the default) must answer exactly as graphql-js does:
// the same data, the same errors with the same codes and paths, on the same store.

let compiled: Harness;
let interpreted: Harness;
beforeAll(async () => {
  const store: EmbeddedStore = await storeOf(planGraph.documents.map((d) => sliceOf(planGraph, d.id)));
  compiled = await serve(store, { responseCache: false });
  interpreted = await serve(store, { responseCache: false, compiledExecution: false });
});
afterAll(async () => {
  await compiled.close();
  await interpreted.close();
});

const QUESTIONS: [string, string, Record<string, unknown>][] = [
  ...EXAMPLE_OPERATIONS.map((op): [string, string, Record<string, unknown>] => [op.name, op.query, op.variables]),
  [
    'abstract types and fragments',
    `query($id: ID!) { node(id: $id) { __typename id ...F } }
    fragment F on Node { name ... on Task { year targets { value unit indicator { name } } } }`,
    { id: ids.task23FiveG },
  ],
  [
    'a missing node beside a found one',
    'query($id: ID!) { a: node(id: $id) { id } b: node(id: "Task:missing") { id } }',
    { id: ids.fiveG },
  ],
  ['a refused argument', '{ lineage(fromYear: 2024, toYear: 2023) { score } }', {}],
  [
    'a timeline with sources and attainment',
    `query($n: String!) { indicator(name: $n) { timeline {
    kind period value source { text document { id title } } attainment { status ratio actual { value } } } } }`,
    { n: '5G基站数' },
  ],
  ['search hits typed by label', '{ search(text: "城市云脑", first: 5) { snippet node { __typename name } } }', {}],
];

describe('compiled execution', () => {
  it.each(QUESTIONS)('answers %s exactly as graphql-js does', async (_name, query, variables) => {
    const [a, b] = await Promise.all([compiled.gql(query, variables), interpreted.gql(query, variables)]);
    expect(a.status).toBe(b.status);
    expect(a.body).toEqual(b.body);
    expect(JSON.stringify(a.body)).toContain('"data"');
  });

  it('answers a missing node with null and no error, beside a found one', async () => {
    const r = await compiled.gql('query($id: ID!) { a: node(id: $id) { id } b: node(id: "Task:missing") { id } }', { id: ids.fiveG });
    expect(r.body.data).toEqual({ a: { id: ids.fiveG }, b: null });
    expect(r.body.errors).toBeUndefined();
  });
});
