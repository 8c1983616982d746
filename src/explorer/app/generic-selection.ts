import { getNamedType, isInterfaceType, isLeafType, isNonNullType, isObjectType, type GraphQLNamedType } from 'graphql';

// A selection of every field of a type the explorer does not know in advance (a newer server's
// planDiff), read from the schema: leaves as they are, objects a few levels deep, fields that
// need arguments skipped.

export function selectionFor(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) {
      if (named.name !== 'JSONObject') parts.push(f.name);
    } else if (depth > 0) {
      const inner = selectionFor(named, depth - 1);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    } else if ((isObjectType(named) || isInterfaceType(named)) && named.getFields().name) {
      parts.push(`${f.name} { ${named.getFields().id ? 'id ' : ''}name }`);
    }
  }
  return parts.join(' ');
}
