import type { CodegenConfig } from '@graphql-codegen/cli';

// The client recipe: TypeScript types for every operation in operations/ (generated/graphql.ts)
// and for the whole schema (generated/schema.ts), generated from the
// committed schema. `npm run codegen` generates and compiles them with tsc --strict (usage.ts
// reads the answers as a client would); test/api/client-recipe.test.ts runs the same in `npm test`.

export const SCALARS = {
  Period: 'string',
  LocalDate: 'string',
  JSONObject: 'Record<string, unknown>',
};

// The test points these elsewhere to show that a schema breaking a client fails the build.
const schema = process.env.PLANGRAPH_CODEGEN_SCHEMA ?? `${__dirname}/../../schema/schema.graphql`;
const out = process.env.PLANGRAPH_CODEGEN_OUT ?? `${__dirname}/generated/graphql.ts`;

const config: CodegenConfig = {
  overwrite: true,
  schema,
  documents: `${__dirname}/operations/*.graphql`,
  errorsOnly: true,
  generates: {
    // typescript-operations (v6) emits the enums and inputs each operation uses, so the operation
    // types stand alone; the whole schema's types go to their own file.
    [out]: {
      plugins: ['typescript-operations'],
      config: { scalars: SCALARS, enumType: 'string-literal', avoidOptionals: true, strictScalars: true },
    },
    [out.replace(/graphql\.ts$/, 'schema.ts')]: {
      plugins: ['typescript'],
      config: { scalars: SCALARS, enumsAsTypes: true, avoidOptionals: true, strictScalars: true },
    },
  },
};

export default config;
