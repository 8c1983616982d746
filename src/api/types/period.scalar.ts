import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Period } from '../../model';

// Period (时期): a year '2024', a half '2025H1', a quarter '2025Q3', a month '2024-04' or a range
// '2023-2025', read by the shared Period value (any dash or 至 joins a range, 年 is dropped), so
// '2023—2025' asks for '2023-2025'; anything else is refused with the format.

const HELP = 'a period: YYYY, YYYYH1/H2, YYYYQ1–Q4, YYYY-MM or YYYY-YYYY';

function parse(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError(`Period must be a string, ${HELP}`, { extensions: { code: 'BAD_USER_INPUT' } });
  const p = Period.parse(value);
  if (!p) throw new GraphQLError(`"${value}" is not ${HELP}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Period.format(p);
}

export const PeriodScalar = new GraphQLScalarType({
  name: 'Period',
  description:
    'A period (时期): YYYY, YYYYH1/H2, YYYYQ1–Q4, YYYY-MM or YYYY-YYYY. Inputs may join a range with any dash or 至 (2023—2025).',
  serialize: (v) => String(v),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
