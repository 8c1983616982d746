import { buildGraph } from '../../../src/ingest';
import { seedRecords } from '../../fixtures/genre/records';

// The builder grows each fact's sources by push, then copies every list to its own length once
// merging is over (builder.settled). The copies must keep every citation, in order, each once.

describe('the facts resolve hands on', () => {
  const graph = buildGraph(seedRecords());
  const facts = [...graph.nodes, ...graph.relationships];

  it('each own their sources list (no two facts share one a later merge would change for both)', () => {
    expect(new Set(facts.map((f) => f.sources)).size).toBe(facts.length);
  });

  it('cite each clause once, in the order first cited', () => {
    const plan = graph.nodes.find((n) => n.label === 'Plan' && n.sources.length > 2)!;
    const keys = plan.sources.map((s) => `${s.document}:${s.start}:${s.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of facts) expect(f.sources.every((s) => s !== undefined)).toBe(true);
    expect(graph.nodes.every((n) => n.aliases.every((a) => typeof a === 'string' && a !== ''))).toBe(true);
  });
});
