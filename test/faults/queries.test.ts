import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema } from '../../src/api';
import type { Harness } from '../api/harness';
import { seededServer } from '../abuse/seeded';
import { seeded, Tally } from './tally';

// Queries generated from the schema with a fixed seed, against the production limits with the
// response cache on: no answer is a 5xx, every error carries a code, none takes over 2 s, and the
// server's memory stays bounded over many distinct queries.

jest.setTimeout(Math.max(120_000, Number(process.env.FAULT_QUERIES ?? 0) * 200));

const tally = new Tally('queries');
// CI runs 600; `FAULT_QUERIES=10000 npx jest test/faults/queries.test.ts` is the issue's full run.
const QUERIES = Number(process.env.FAULT_QUERIES ?? 600);
let h: Harness;
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
  h = await seededServer({ responseCache: true });
});
afterAll(async () => {
  await h.close();
  tally.report();
});

const WORDS = ['5G基站数', '数据中心', '大模型', '', 'x'.repeat(300), '"\\n\u0000', '青岛', 'Plan', '-1', '数字政府'];

function literal(type: GraphQLInputType, r: () => number, depth: number): string {
  if (isNonNullType(type)) return literal(type.ofType, r, depth);
  if (isListType(type)) return `[${literal(type.ofType, r, depth)}]`;
  const named = getNamedType(type) as GraphQLNamedType;
  if (isEnumType(named)) {
    const values = named.getValues();
    return values[Math.floor(r() * values.length)]!.name;
  }
  if (isInputObjectType(named)) {
    if (depth > 2) return '{}';
    const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) || r() < 0.4);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, r, depth + 1)}`).join(', ')} }`;
  }
  switch (named.name) {
    case 'Int':
      return String([0, 1, 5, 20, 100, 101, -1, 2 ** 31 - 1, 2024, 2023][Math.floor(r() * 10)]);
    case 'Float':
      return String([0, 0.5, 1e300, -3][Math.floor(r() * 4)]);
    case 'Boolean':
      return r() < 0.5 ? 'true' : 'false';
    default:
      return JSON.stringify(WORDS[Math.floor(r() * WORDS.length)]);
  }
}

function args(list: readonly GraphQLArgument[], r: () => number): string {
  const chosen = list.filter((a) => isNonNullType(a.type) || r() < 0.5);
  return chosen.length ? `(${chosen.map((a) => `${a.name}: ${literal(a.type, r, 0)}`).join(', ')})` : '';
}

function selection(type: GraphQLNamedType, r: () => number, depth: number): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type))
    return `{ __typename ${type
      .getTypes()
      .slice(0, 2)
      .map((t) => `... on ${t.name} ${selection(t, r, depth + 1) || '{ __typename }'}`)
      .join(' ')} }`;
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const picked: string[] = [];
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  if (leaves.length) picked.push(leaves[Math.floor(r() * leaves.length)]!.name);
  for (const f of fields) {
    if (r() > (depth > 2 ? 0.1 : 0.3)) continue;
    const sub = depth >= 4 && !isLeafType(getNamedType(f.type)) ? '' : selection(getNamedType(f.type), r, depth + 1);
    if (!isLeafType(getNamedType(f.type)) && !sub) continue;
    picked.push(`${f.name}${args(f.args, r)} ${sub}`);
  }
  return `{ ${picked.join(' ') || '__typename'} }`;
}

test(`${QUERIES} generated queries: no 5xx, every error coded, none over 2 s, memory bounded`, async () => {
  const r = seeded(20260517);
  const query = schema.getQueryType()!;
  const roots = Object.values(query.getFields());
  const rss: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    tally.case();
    const f = roots[Math.floor(r() * roots.length)]!;
    const text = `query Q${i} { ${f.name}${args(f.args, r)} ${selection(getNamedType(f.type), r, 1)} }`;
    const started = Date.now();
    let res: Response;
    try {
      res = await h.post({ query: text });
    } catch (err) {
      tally.fail('crashes', `${text}: ${(err as Error).message}`);
      continue;
    }
    const body = (await res.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    const ms = Date.now() - started;
    if (res.status >= 500) tally.fail('crashes', `${res.status} for ${text}`);
    for (const e of body.errors ?? []) {
      if (typeof e.extensions?.code !== 'string' || e.extensions.code === 'INTERNAL_SERVER_ERROR')
        tally.fail('wrongAnswers', `uncoded or internal error for ${text}: ${JSON.stringify(e)}`);
    }
    if (ms > 2000) tally.fail('hangs', `${ms} ms for ${text}`);
    if (i % (QUERIES / 10) === QUERIES / 10 - 1) rss.push(process.memoryUsage().rss);
  }
  // Memory: after a first plateau (caches filling), growth over the rest stays under 150 MB.
  if (rss[rss.length - 1]! - rss[1]! > 150 * 1024 * 1024)
    tally.fail('leaks', `RSS ${rss.map((x) => Math.round(x / 1048576)).join(' → ')} MB`);
  process.stdout.write(`faults/queries: RSS every ${QUERIES / 10} queries ${rss.map((x) => Math.round(x / 1048576)).join(' → ')} MB\n`);
});
