import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema, printApiSchema } from '../../src/api';

// schema/schema.graphql is what clients generate from: it must be exactly what the code builds.

const FILE = join(__dirname, '../../schema/schema.graphql');

/** Lines only in `a` (-) and only in `b` (+), each side in its own order: the drift to review. */
function lineDiff(a: string, b: string): string {
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const [la, lb] = [a.split('\n'), b.split('\n')];
  const [ca, cb] = [count(la), count(lb)];
  const only = (lines: string[], mine: Map<string, number>, other: Map<string, number>, sign: string) => {
    const left = new Map(mine);
    return lines
      .filter((l) => {
        const n = left.get(l) ?? 0;
        left.set(l, n - 1);
        return n > (other.get(l) ?? 0);
      })
      .map((l) => `${sign} ${l}`);
  };
  return [...only(la, ca, cb, '-'), ...only(lb, cb, ca, '+')].join('\n');
}

/** What a client would notice: graphql-js's breaking and dangerous changes, then the SDL lines. */
function driftReport(committed: string, current: string): string {
  const [before, after] = [buildSchema(committed), buildSchema(current)];
  const changes = [
    ...findBreakingChanges(before, after).map((c) => `BREAKING ${c.type}: ${c.description}`),
    ...findDangerousChanges(before, after).map((c) => `DANGEROUS ${c.type}: ${c.description}`),
  ];
  return `${changes.join('\n') || 'No breaking or dangerous changes.'}\n\nSDL lines removed (-) and added (+):\n${lineDiff(committed, current)}`;
}
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

describe('schema', () => {
  it('matches the committed schema/schema.graphql', () => {
    const sdl = printApiSchema(schema);
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, sdl);
    const committed = readFileSync(FILE, 'utf8');
    if (committed !== sdl) {
      throw new Error(
        'schema/schema.graphql is out of date: review the drift below, then run `npm run schema` ' +
          `(or UPDATE_SCHEMA=1 npx jest test/api/schema) and commit it. Replace fields with @deprecated ones rather than breaking clients; a change a client notices must be listed in schema/reviewed-changes.json (test/api/schema-review.test.ts).\n\n${driftReport(committed, sdl)}`,
      );
    }
  });

  it('reports a drift as the changes a client would notice', () => {
    const committed = readFileSync(FILE, 'utf8');
    const changed = committed.replace(/^(\s+)totalCount: Int!$/m, '$1total: Int!');
    const report = driftReport(committed, changed);
    expect(report).toMatch(/BREAKING FIELD_REMOVED: \w+Connection\.totalCount was removed/);
    expect(report).toContain('-   totalCount: Int!');
    expect(report).toContain('+   total: Int!');
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
    for (const f of [
      'node',
      'plans',
      'projects',
      'tasks',
      'results',
      'indicators',
      'platforms',
      'agencies',
      'documents',
      'search',
      'indicator',
      'lineage',
      'path',
      'stats',
    ]) {
      expect(q[f]).toBeDefined();
    }
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    for (const t of ['Plan', 'EngineeringProject', 'Task', 'Result', 'Indicator', 'Platform', 'Agency', 'Document']) {
      expect(schema.getPossibleTypes(node as never).map((x) => x.name)).toContain(t);
    }
  });
});
