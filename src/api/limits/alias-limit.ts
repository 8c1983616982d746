import { Kind, type ASTNode, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode, limitExceeded } from '../conventions/errors';

// Rejects documents with more than `max` aliased fields: aliases multiply work without
// multiplying depth or page size (a: plans … b: plans …).

export function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    let count = 0;
    return {
      Field(node: ASTNode) {
        if (node.kind === Kind.FIELD && node.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > max)
            context.reportError(limitExceeded(ErrorCode.ALIAS_LIMIT_EXCEEDED, `${count} aliases exceed the maximum of ${max}`));
        },
      },
    };
  };
}
