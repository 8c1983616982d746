import { extractWithin, loadLexicon, resolve } from '../../../src/ingest';
import { seedRecords } from '../../fixtures/genre/records';

// Resolve handed its facts (release) lets each document's go once they are in the graph, and
// keeps what it still needs of them (references, series plans) as ids: the graph must not change.

describe('resolve, handed its facts', () => {
  const lexicon = loadLexicon();
  const extracted = () => seedRecords().map((d) => extractWithin(d, lexicon));
  const kept = resolve(extracted(), lexicon);
  const facts = extracted();
  const handed = resolve(facts, lexicon, { release: true });

  it('builds the same graph, in the same order, as resolve keeping them', () => {
    expect(JSON.stringify(handed)).toBe(JSON.stringify(kept));
    expect(handed.relationships.length).toBeGreaterThan(0);
  });

  it('still turns references into id-valued properties (a task names its plan)', () => {
    const plans = new Set(handed.nodes.filter((n) => n.label === 'Plan').map((n) => n.id));
    const tasks = handed.nodes.filter((n) => n.label === 'Task' && typeof n.properties.plan === 'string');
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((t) => plans.has(t.properties.plan as string))).toBe(true);
  });

  it('keeps none of the facts it was handed', () => {
    expect(facts).toEqual([]);
  });
});
