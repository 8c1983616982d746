import { buildGraph } from '../../../src/ingest';
import { seedRecords } from '../../fixtures/genre/records';

// The builder grows each fact's sources by push, then copies every list to its own length once
// merging is over (builder.settled); a list of one clause is one frozen list for every fact citing
// only that clause. The lists must keep every citation, in order, each once.

describe('the facts resolve hands on', () => {
  const graph = buildGraph(seedRecords());
  const facts = [...graph.nodes, ...graph.relationships];

  it('share a sources list only when it is one clause, frozen (no later change can reach two facts)', () => {
    const users = new Map<unknown, number>();
    for (const f of facts) users.set(f.sources, (users.get(f.sources) ?? 0) + 1);
    const shared = [...users].filter(([, n]) => n > 1).map(([list]) => list as (typeof facts)[number]['sources']);
    expect(shared.length).toBeGreaterThan(0);
    for (const list of shared) {
      expect(list).toHaveLength(1);
      expect(Object.isFrozen(list)).toBe(true);
    }
    expect(() => shared[0].push(shared[0][0])).toThrow(TypeError);
    // A Task and the relationship read from its clause (它 RESPONSIBLE_FOR its agency) cite one list.
    const task = graph.nodes.find((n) => n.label === 'Task' && n.sources.length === 1 && (users.get(n.sources) ?? 0) > 1)!;
    const sharing = graph.relationships.filter((r) => r.sources === task.sources);
    expect(sharing.length).toBeGreaterThan(0);
    expect(sharing.every((r) => r.from === task.id || r.to === task.id)).toBe(true);
  });

  it('cite each clause once, in the order first cited', () => {
    const plan = graph.nodes.find((n) => n.label === 'Plan' && n.sources.length > 2)!;
    const keys = plan.sources.map((s) => `${s.document}:${s.start}:${s.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of facts) expect(f.sources.every((s) => s !== undefined)).toBe(true);
    expect(graph.nodes.every((n) => n.aliases.every((a) => typeof a === 'string' && a !== ''))).toBe(true);
  });
});
