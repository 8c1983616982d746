import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

// An operation that asks only for the schema (__schema, __type, __typename at its root, fragments
// expanded): what GraphiQL, Apollo Sandbox and codegen send. The standard introspection query is
// 15 levels deep (TypeRef's ofType chain), so the depth and cost limits, which guard the graph,
// let such operations through. They stay bounded: graphql-js's MaxIntrospectionDepthRule (in its
// specified rules, which Apollo always runs) refuses fields/interfaces/possibleTypes nested more
// than 3 lists deep, the body size is capped, and production turns introspection off unless asked.

const META_FIELDS = new Set(['__schema', '__type', '__typename']);

function onlyMeta(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  return set.selections.every((sel) => {
    if (sel.kind === Kind.FIELD) return META_FIELDS.has(sel.name.value);
    if (sel.kind === Kind.INLINE_FRAGMENT) return onlyMeta(sel.selectionSet, fragments, seen);
    const frag = fragments[sel.name.value];
    if (!frag || seen.has(sel.name.value)) return true; // unknown or cyclic: graphql reports it
    return onlyMeta(frag.selectionSet, fragments, new Set([...seen, sel.name.value]));
  });
}

export function isIntrospectionOnly(op: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return op.operation === 'query' && op.selectionSet.selections.length > 0 && onlyMeta(op.selectionSet, fragments, new Set());
}

/** The document's fragments by name. */
export function fragmentsOf(definitions: readonly { kind: Kind }[]): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const def of definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) out[(def as FragmentDefinitionNode).name.value] = def as FragmentDefinitionNode;
  return out;
}
