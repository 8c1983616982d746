import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildApiSchema, printApiSchema } from '../../src/api';

// schema/schema.graphql is what clients generate from: it must be exactly what the code builds.

const FILE = join(__dirname, '../../schema/schema.graphql');
let schema: GraphQLSchema;
beforeAll(async () => { schema = await buildApiSchema(); });

describe('schema', () => {
  it('matches the committed schema/schema.graphql', () => {
    const sdl = printApiSchema(schema);
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, sdl);
    const committed = readFileSync(FILE, 'utf8');
    if (committed !== sdl) {
      throw new Error('schema/schema.graphql is out of date: run `npm run schema` (or UPDATE_SCHEMA=1 npx jest test/api/schema) and commit it');
    }
  });

  it('prints deterministically', async () => {
    expect(printApiSchema(await buildApiSchema())).toBe(printApiSchema(schema));
  });

  it('describes every type, field, argument and enum value, with the Chinese term', () => {
    const missing: string[] = [];
    const han = /\p{Script=Han}/u;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description || !han.test(field.description)) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has the fixed names of the issue', () => {
    const q = schema.getQueryType()!.getFields();
    for (const f of ['node', 'plans', 'projects', 'tasks', 'results', 'indicators', 'platforms', 'agencies', 'documents', 'search', 'indicator', 'lineage', 'path', 'stats']) {
      expect(q[f]).toBeDefined();
    }
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    for (const t of ['Plan', 'Project', 'Task', 'Result', 'Indicator', 'Platform', 'Agency', 'Document']) {
      expect(schema.getPossibleTypes(node as never).map((x) => x.name)).toContain(t);
    }
  });
});
