import { isInterfaceType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from '../resolvers';
import { bindResolversDirectly } from './direct-resolvers';
import { TYPE_NAME } from '../types';
import type { NodeLabel } from '../../model';

/** The executable schema, built from the decorated classes (nothing written to disk). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const options = { resolvers: RESOLVERS, emitSchemaFile: false, validate: false } as const;
  const schema = await buildSchema(options);
  bindResolversDirectly(schema, options);
  // type-graphql leaves the root types undescribed; Sandbox shows these first.
  const query = schema.getQueryType();
  if (query) query.description = 'Questions over the Digital Qingdao plans graph (数字青岛规划知识图谱): plans, tasks, results, indicators, lineage and provenance.';
  // type-graphql wraps resolveType in an async function; the label names the type at once, and
  // a synchronous answer is what the compiled executor (graphql-jit) requires.
  const node = schema.getType('Node');
  if (isInterfaceType(node)) node.resolveType = (value: { label: NodeLabel }) => TYPE_NAME[value.label];
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes, guarded by the write key (写操作).';
  return schema;
}

/** Deterministic SDL (types and fields sorted): the committed schema/schema.graphql. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
