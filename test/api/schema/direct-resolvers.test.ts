import 'reflect-metadata';
import { join } from 'node:path';
import { execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { EmbeddedStore } from '../../../src/graph/embedded';
import { ingestPaths } from '../../../src/commands';
import { DEFAULT_READ_LIMITS } from '../../../src/ingest';
import { buildApiSchema } from '../../../src/api/schema/build';
import { RESOLVERS } from '../../../src/api/resolvers';
import { ConnectionsResolver } from '../../../src/api/resolvers/connections.resolver';
import { NodeSort, WorkArgs, WorkFilter } from '../../../src/api/inputs';
import { createLoaders } from '../../../src/api/loaders';
import { TextBudget } from '../../../src/api/limits/text-budget';
import { VersionMemo } from '../../../src/api/services';
import type { ApiContext } from '../../../src/api/context/context';

// The API's schema calls most resolver methods directly instead of through type-graphql's
// wrapper. Its answers, errors included, must be the ones type-graphql's own schema gives.

const QUERIES: [string, Record<string, unknown>][] = [
  ['{ tasks(first: 5, filter: { year: 2024 }) { totalCount nodes { id name year plan { name } platforms { name } agencies { name } } } }', {}],
  ['{ plans(first: 3) { nodes { name projects { name } tasks(first: 2) { name targets { value unit indicator { name } } } } } }', {}],
  ['query L($from: Int!, $to: Int!) { lineage(fromYear: $from, toYear: $to, first: 5) { basis score via { __typename name } task { name } result { name } evidence { text document { title } } } }', { from: 2023, to: 2024 }],
  ['{ indicators(first: 3) { nodes { name timeline { kind period value attainment { status ratio } source { text sentence { text } document { id } } } } } }', {}],
  ['{ plans(first: 2) { nodes { relations(first: 3, types: [HAS_TASK]) { edges { type node { name } } } } } }', {}],
  // errors: a bad year pair, an unknown name, a page too large, a cursor from another list
  ['{ tasks(first: 1000) { totalCount } }', {}],
  ['{ tasks(first: 2, after: "bm90IGEgY3Vyc29y") { totalCount } }', {}],
  ['{ lineage(fromYear: 2025, toYear: 2023) { score } }', {}],
  ['{ lineage(fromYear: 2023, toYear: 2024, indicator: "没有这个指标") { score } }', {}],
  // @Args classes with inherited fields, nested inputs, enums and defaults, and lists of enums
  ['{ tasks(first: 4, sort: { field: YEAR, direction: DESC }, filter: { domain: "数字政府" }) { totalCount nodes { name year } pageInfo { endCursor } } }', {}],
  ['query P($f: WorkFilter, $s: NodeSort) { results(last: 3, filter: $f, sort: $s) { nodes { name period } } }', { f: { year: 2024 }, s: { field: 'NAME' } }],
  ['{ indicators(first: 2, filter: { name: "5G" }) { nodes { name timelineConnection(first: 2) { edges { cursor node { period value } } } } } }', {}],
  ['{ plans(first: 1) { nodes { relations(first: 2, types: [HAS_TASK, SETS_TARGET], direction: OUT) { totalCount } } } }', {}],
];

describe('resolvers called directly', () => {
  let store: EmbeddedStore;
  let direct: GraphQLSchema;
  let wrapped: GraphQLSchema;
  beforeAll(async () => {
    store = new EmbeddedStore();
    await store.init();
    await ingestPaths(store, [join(__dirname, '../../../seeds')], DEFAULT_READ_LIMITS);
    direct = await buildApiSchema();
    wrapped = await buildSchema({ resolvers: RESOLVERS, emitSchemaFile: false, validate: false });
  });

  const context = (): ApiContext => ({
    store,
    loaders: createLoaders(store),
    maxPageSize: 100,
    canWrite: false,
    derived: new VersionMemo(),
    textBudget: new TextBudget(32 * 1024 * 1024),
  });
  const run = async (schema: GraphQLSchema, query: string, variables: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(await execute({ schema, document: parse(query), variableValues: variables, contextValue: context() }))) as ExecutionResult;

  it.each(QUERIES)('answers %s as type-graphql does', async (query, variables) => {
    const ours = await run(direct, query, variables);
    expect(ours).toEqual(await run(wrapped, query, variables));
    expect(ours.data ?? ours.errors).toBeTruthy();
  });

  it('gives real answers and real errors in those queries', async () => {
    const page = await run(direct, QUERIES[0]![0], {});
    expect((page.data as any).tasks.nodes.length).toBeGreaterThan(0);
    const bad = await run(direct, QUERIES[5]![0], {});
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('calls the fields with @Args classes directly, with the instances type-graphql builds', async () => {
    const plan = direct.getType('Plan') as any;
    const task = direct.getType('Task') as any;
    // Task.plan takes its root and the context only; Plan.relations takes an @Args class.
    expect(task.getFields().plan.resolve.name).toBe('directResolve');
    expect(plan.getFields().relations.resolve.name).toBe('directResolve');
    const seen: unknown[] = [];
    const original = ConnectionsResolver.prototype.tasks;
    ConnectionsResolver.prototype.tasks = function (this: ConnectionsResolver, ...params: Parameters<typeof original>) {
      seen.push(params[0]);
      return original.apply(this, params);
    };
    try {
      const query = '{ tasks(first: 2, sort: { field: NAME }, filter: { year: 2024, domain: "数字政府" }) { totalCount } }';
      await run(direct, query, {});
      await run(wrapped, query, {});
    } finally {
      ConnectionsResolver.prototype.tasks = original;
    }
    const [ours, theirs] = seen as [WorkArgs, WorkArgs];
    expect(ours).toBeInstanceOf(WorkArgs);
    expect(ours.filter).toBeInstanceOf(WorkFilter);
    expect(ours.sort).toBeInstanceOf(NodeSort);
    expect(ours).toEqual(theirs);
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    expect(Object.keys(ours.filter!)).toEqual(Object.keys(theirs.filter!));
    expect(ours.sort).toEqual({ field: 'name', direction: 'ASC' });
  });
});
