import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../conventions/errors';

// An answer's size is bounded before it is serialised: a query within the cost limit can still
// ask for a large text many times over (Document.text under each of 100,000 sources), and its
// JSON would exhaust memory. The result is measured by a walk that stops as soon as the budget is
// spent, so measuring costs at most the budget; an answer over it is replaced by one error.

export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** Whether the JSON of `value` takes more than `budget` bytes. */
export const exceedsBudget = (value: unknown, budget: number): boolean => jsonSizeAtLeast(value, budget) > budget;

/** Bytes the JSON of `value` takes at least, counted until `budget` is passed (then a number above it). */
export function jsonSizeAtLeast(value: unknown, budget: number): number {
  let spent = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string')
      spent += v.length + 2; // each UTF-16 unit is at least one byte
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) spent += 5;
    else if (Array.isArray(v)) {
      spent += 2 + v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (typeof v === 'object') {
      for (const key of Object.keys(v)) {
        spent += key.length + 4;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
    if (spent > budget) return spent;
  }
  return spent;
}

export function responseBudget(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          // The text budget (limits/text-budget) refuses a field as it resolves; the whole answer is refused the same way.
          const refused = response.body.singleResult.errors?.some((e) => e.extensions?.code === ErrorCode.RESPONSE_TOO_LARGE);
          if (!refused && !exceedsBudget(response.body.singleResult.data, maxBytes)) return;
          const error = new GraphQLError(
            `The answer exceeds the response limit of ${maxBytes} bytes: ask for fewer items or leave out large fields such as Document.text`,
            { extensions: { code: 'RESPONSE_TOO_LARGE' } },
          );
          response.body.singleResult = { errors: [{ message: error.message, extensions: error.extensions }] };
          response.http.status = 400;
        },
      };
    },
  };
}
