import { VersionMemo } from '../../src/api/context/version-memo';
import { DOC_2023, DOC_2024, DOC_2025, planGraph, sliceOf } from '../fixtures/graph/plan-graph';
import { serve, storeOf, type Harness } from './harness';

// Timelines are kept across requests for one store version: a write must show in the next answer.

const TIMELINE = '{ indicator(name: "5G基站数") { timeline { kind period value attainment { status } } } }';

let h: Harness;
beforeAll(async () => {
  const store = await storeOf([sliceOf(planGraph, DOC_2023), sliceOf(planGraph, DOC_2025)]);
  h = await serve(store, { responseCache: false });
});
afterAll(() => h.close());

describe('timelines kept per store version', () => {
  it('answers from the new graph once a document is ingested', async () => {
    const before = (await h.gql(TIMELINE)).body.data?.indicator.timeline;
    expect(before.map((p: any) => [p.kind, p.period])).toEqual([
      ['TARGET', '2023'],
      ['TARGET', '2025'],
    ]);
    expect(before[0].attainment.status).toBe('NO_DATA');
    expect((await h.gql(TIMELINE)).body.data?.indicator.timeline).toEqual(before);

    await h.store.applyDocument(sliceOf(planGraph, DOC_2024));
    const after = (await h.gql(TIMELINE)).body.data?.indicator.timeline;
    expect(after.map((p: any) => [p.kind, p.period, p.value])).toEqual([
      ['TARGET', '2023', 33500],
      ['ACTUAL', '2024', 42700],
      ['TARGET', '2025', 45000],
    ]);
    expect(after[0].attainment.status).toBe('MET');
  });
});

describe('the memo itself', () => {
  it('keeps nothing when the store version does not cover every write (Neo4j)', async () => {
    let calls = 0;
    const compute = async () => ++calls;
    const off = new VersionMemo(false);
    await off.get(1, 'k', compute);
    await off.get(1, 'k', compute);
    expect(calls).toBe(2);
    const on = new VersionMemo(true);
    await on.get(1, 'k', compute);
    expect(await on.get(1, 'k', compute)).toBe(3);
    expect(await on.get(2, 'k', compute)).toBe(4);
  });
});
