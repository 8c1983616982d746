import { serveSeeds, type Harness } from './harness';

// One convention for a miss (issue 13): a lookup of something the graph does not hold answers
// null (or an empty list), with no error, so Apollo Client's default error policy shows "none"
// rather than an error state. Refusals of malformed input keep their BAD_USER_INPUT.

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60_000);
afterAll(() => h.close());

describe('a miss', () => {
  it.each([
    ['node', '{ x: node(id: "Task:nope") { id } }'],
    ['plan', '{ x: plan(name: "不存在的规划") { id } }'],
    ['indicator', '{ x: indicator(name: "不存在的指标") { id } }'],
    ['platform', '{ x: platform(name: "不存在的平台") { id } }'],
    ['agency', '{ x: agency(name: "不存在的部门") { id } }'],
    ['path', '{ x: path(from: "Task:nope", to: "Plan:nope") { length } }'],
    ['planDiff', '{ x: planDiff(from: "Plan:nope", to: "Plan:nope2") { from { id } } }'],
  ])('%s of an unknown id or name is null, with status 200 and no error', async (_name, query) => {
    const r = await h.gql(query);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ x: null });
  });

  it('in a filter gives an empty list, without an error', async () => {
    const r = await h.gql(`{ l: lineageLinks(fromYear: 2023, toYear: 2025, indicator: "不存在的指标") { totalCount }
      t: tasks(filter: { agency: "Agency:nope", document: "no-such-document" }) { totalCount } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ l: { totalCount: 0 }, t: { totalCount: 0 } });
  });
});
