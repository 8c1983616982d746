import { buildGraph } from '../../../src/ingest';
import { seedRecords } from '../../fixtures/genre/records';

// A corpus's links repeat a few sets of properties (basis, score, the node they go via, bases):
// equal sets are one frozen object, so memory grows with the distinct sets, not with the links.

describe('the properties of derived links', () => {
  const graph = buildGraph(seedRecords());
  const links = graph.relationships.filter((r) => r.type === 'LED_TO' || r.type === 'CONTINUED_BY');

  it('are one object per distinct set, each frozen', () => {
    const byText = new Map<string, Set<object>>();
    for (const r of links) {
      const text = JSON.stringify(r.properties);
      byText.set(text, (byText.get(text) ?? new Set()).add(r.properties));
    }
    expect(links.length).toBeGreaterThan(byText.size);
    for (const objects of byText.values()) expect(objects.size).toBe(1);
    expect(links.every((r) => Object.isFrozen(r.properties))).toBe(true);
  });

  it('still name the basis first, then the score, the node it goes via when there is one, and the bases', () => {
    const via = links.find((r) => r.properties.via !== undefined)!;
    expect(Object.keys(via.properties)).toEqual(['basis', 'score', 'via', 'bases']);
    const text = links.find((r) => r.properties.basis === 'text')!;
    expect(Object.keys(text.properties)).toEqual(['basis', 'score', 'bases']);
  });
});
