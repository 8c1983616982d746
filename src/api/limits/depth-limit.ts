import {
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode, limitExceeded } from '../conventions/errors';
import { fragmentsOf, isIntrospectionOnly } from './introspection-only';

// Rejects operations nested deeper than `max` selection sets (fragments expanded), before any
// resolver runs. Introspection fields in a query that also reads the graph count like any other;
// an introspection-only operation is exempt (introspection-only.ts says why that stays bounded).

function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const frag = fragments[name];
      if (!frag || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql itself
      deepest = Math.max(deepest, depthOf(frag.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = fragmentsOf(context.getDocument().definitions);
    return {
      OperationDefinition(op: ASTNode) {
        if (op.kind !== Kind.OPERATION_DEFINITION || isIntrospectionOnly(op, fragments)) return;
        const depth = depthOf(op.selectionSet, fragments, new Set());
        if (depth > max) {
          const name = op.name ? `'${op.name.value}'` : 'the operation';
          context.reportError(
            limitExceeded(ErrorCode.DEPTH_LIMIT_EXCEEDED, `Query depth ${depth} of ${name} exceeds the maximum of ${max}`),
          );
        }
      },
    };
  };
}
