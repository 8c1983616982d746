import { syntheticSlice, type Shape } from '../fixtures/api/synthetic';
import { countingStore } from './counting-store';
import { serve, storeOf } from './harness';

// The number of store calls for one request is bounded by the query's nesting depth: growing
// every list in the graph must not add a single call.

const NESTED = `{
  plans(first: 100) { nodes { name
    projects { name
      tasks { name
        targets { value
          indicator { name
            timeline { kind period value attainment { status ratio } task { name } result { name } }
          } } } } } }
}`;

const PROVENANCE = `{
  plans(first: 100) { nodes { name facts { value sources { text } }
    relations(first: 100) { edges { type node { name } sources { sentence { text } paragraph { start } document { title } } } }
    tasksConnection(first: 100) { edges { sources { sentence { text } } node { name
      relations(first: 100) { edges { node { name } sources { text } } } } } } } }
}`;

async function callsOf(shape: Shape, query: string) {
  const counting = countingStore(await storeOf([syntheticSlice(shape)]));
  const h = await serve(counting.store, { responseCache: false, maxComplexity: 1e9 });
  try {
    counting.reset();
    const r = await h.gql(query);
    expect(r.body.errors).toBeUndefined();
    return { calls: { ...counting.calls }, total: counting.total() - (counting.calls.version ?? 0), body: r.body.data };
  } finally {
    await h.close();
  }
}

async function callsFor(shape: Shape) {
  const counting = countingStore(await storeOf([syntheticSlice(shape)]));
  const h = await serve(counting.store, { responseCache: false, maxComplexity: 1e9 });
  try {
    counting.reset();
    const r = await h.gql(NESTED);
    expect(r.body.errors).toBeUndefined();
    const tasks = r.body.data!.plans.nodes.flatMap((p: any) => p.projects.flatMap((j: any) => j.tasks));
    // version() is a counter read (timelines are kept per store version), not a data call
    const total = counting.total() - (counting.calls.version ?? 0);
    return { calls: { ...counting.calls }, total, tasks: tasks.length, timeline: tasks[0].targets[0].indicator.timeline };
  } finally {
    await h.close();
  }
}

describe('store calls per request', () => {
  it('stay the same when every list grows (plans → projects → tasks → targets → indicator → timeline)', async () => {
    const small = await callsFor({ plans: 1, projects: 1, tasks: 2, indicators: 1 });
    const large = await callsFor({ plans: 4, projects: 3, tasks: 5, indicators: 4 });
    expect(small.tasks).toBe(2);
    expect(large.tasks).toBe(60);
    expect(large.timeline.length).toBeGreaterThan(10);
    expect(large.calls).toEqual(small.calls);
    // one findNodes, then a relationships + getNodes pair per relationship level
    expect(large.calls.findNodes).toBe(1);
    expect(large.total).toBeLessThanOrEqual(10);
    expect(large.calls.version ?? 0).toBeLessThanOrEqual(1);
  });

  it('stay the same when lists grow under relations, tasksConnection and quotes in context', async () => {
    const small = await callsOf({ plans: 1, projects: 1, tasks: 2, indicators: 1 }, PROVENANCE);
    const large = await callsOf({ plans: 4, projects: 3, tasks: 5, indicators: 4 }, PROVENANCE);
    expect(large.calls).toEqual(small.calls);
    expect(large.total).toBeLessThanOrEqual(10);
  });
});
