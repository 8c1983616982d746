import type { GraphStore } from '../../../src/graph/contract/graph-store';
import type { GraphNode } from '../../../src/model';
import { createLoaders } from '../../../src/api/loaders';

// An id still loading is one lookup per request: twenty tasks of one plan wait on one promise,
// and once loaded the node is answered at once. (An invented record; only its shape matters.)

const plan: GraphNode = { id: 'Plan:1', label: 'Plan', name: '数字青岛建设实施方案', aliases: [], properties: {}, sources: [] };

describe('per-request loaders', () => {
  it('give one promise per id while it loads, then the node itself', async () => {
    const asked: string[][] = [];
    const store = {
      getNodes: async (ids: readonly string[]) => {
        asked.push([...ids]);
        return ids.map((id) => (id === plan.id ? plan : null));
      },
    } as unknown as GraphStore;
    const loaders = createLoaders(store);
    const first = loaders.entity(plan.id);
    expect(first).toBeInstanceOf(Promise);
    expect(loaders.entity(plan.id)).toBe(first);
    expect((await first)?.name).toBe(plan.name);
    expect(loaders.entity(plan.id)).toBe(await first);
    expect(asked).toEqual([[plan.id]]);
  });
});
