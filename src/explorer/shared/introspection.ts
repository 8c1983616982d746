import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

// The schema, read with an introspection query shallow enough for the server's depth limit (12):
// the standard query nests type references 8 deep (depth 15) and is refused. Five levels cover
// any type this API can declare (NON_NULL → LIST → NON_NULL → named, plus one to spare).

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INPUT_VALUE = `name description type { ${TYPE_REF} } defaultValue isDeprecated deprecationReason`;

export const SHALLOW_INTROSPECTION = `query PlanGraphIntrospection {
  __schema {
    description
    queryType { name } mutationType { name } subscriptionType { name }
    types {
      kind name description specifiedByURL
      fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ${INPUT_VALUE} } type { ${TYPE_REF} } isDeprecated deprecationReason }
      inputFields(includeDeprecated: true) { ${INPUT_VALUE} }
      interfaces { ${TYPE_REF} }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ${TYPE_REF} }
    }
    directives { name description isRepeatable locations args(includeDeprecated: true) { ${INPUT_VALUE} } }
  }
}`;

/** The endpoint's schema, or null when the server refuses introspection. */
export async function fetchSchema(endpoint: string): Promise<GraphQLSchema | null> {
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SHALLOW_INTROSPECTION, operationName: 'PlanGraphIntrospection' }),
    });
    const body = (await res.json()) as { data?: IntrospectionQuery };
    return body.data?.__schema ? buildClientSchema(body.data) : null;
  } catch {
    return null;
  }
}
