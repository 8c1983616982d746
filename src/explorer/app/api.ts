import { getNamedType, getNullableType, isListType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { fetchSchema } from '../shared/introspection';

// Everything the explorer shows comes from the same GraphQL endpoint a client uses. Fields
// newer servers add (planDiff, search as a connection) are looked up in the schema first, so an
// older server degrades to "not available" instead of a failed query.

export const ENDPOINT = `${location.origin}/graphql`;

export class ApiError extends Error {}

interface GqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one operation; throws when there is no data at all (partial data is returned). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlBody<T>;
  if (!body.data) throw new ApiError(body.errors?.map((e) => e.message).join('; ') || `HTTP ${res.status}`);
  return body.data;
}

let schemaPromise: Promise<GraphQLSchema | null> | undefined;
/** The server's schema, read once; null when introspection is off. */
export const schema = () => (schemaPromise ??= fetchSchema(ENDPOINT));

export function queryField(s: GraphQLSchema | null, name: string): GraphQLField<unknown, unknown> | undefined {
  return s?.getQueryType()?.getFields()[name];
}

/**
 * How to select the items of a list-valued field: a plain list, or a Relay connection (`nodes`
 * or `edges { node }`). Returns the selection wrapping `inner` and a function that unwraps it.
 */
export function listShape(field: GraphQLField<unknown, unknown> | undefined): {
  wrap: (inner: string) => string;
  unwrap: (v: any) => any[];
} {
  const type = field ? getNullableType(field.type) : undefined;
  if (!type || isListType(type)) return { wrap: (inner) => inner, unwrap: (v) => v ?? [] };
  const named = getNamedType(type);
  const fields = isObjectType(named) ? named.getFields() : {};
  if (fields.nodes) return { wrap: (inner) => `nodes { ${inner} }`, unwrap: (v) => v?.nodes ?? [] };
  return { wrap: (inner) => `edges { node { ${inner} } }`, unwrap: (v) => (v?.edges ?? []).map((e: any) => e.node) };
}

/** Whether the search hit's own fields sit on the edge (edge { snippet node }) rather than in a node. */
export function searchShape(field: GraphQLField<unknown, unknown> | undefined): {
  wrap: (inner: string) => string;
  unwrap: (v: any) => any[];
} {
  const type = field ? getNullableType(field.type) : undefined;
  if (!type || isListType(type)) return listShape(field);
  const named = getNamedType(type);
  const fields = isObjectType(named) ? named.getFields() : {};
  const edgeType = fields.edges ? getNamedType(fields.edges.type) : undefined;
  const edgeFields = edgeType && isObjectType(edgeType) ? edgeType.getFields() : {};
  if (edgeFields.snippet) return { wrap: (inner) => `edges { ${inner} }`, unwrap: (v) => v?.edges ?? [] };
  return listShape(field);
}
