import { HeldSpan } from '../../../src/model';
import { GraphBuilder } from '../../../src/ingest/resolve/builder';
import { seedRecords } from '../../fixtures/genre/records';

// A fact's sources are the union of its citations: each clause once, in the order first cited,
// whether its list is short (searched) or long (indexed by document and offsets).

describe('sources merged by the graph builder', () => {
  const [a, b] = seedRecords();
  const lines = (d: typeof a) => {
    const out: HeldSpan[] = [];
    for (let at = 0, i = 0; i < 30; i++) {
      const end = d!.text.indexOf('\n', at + 1);
      if (end < 0) break;
      out.push(new HeldSpan(d!, at, end));
      at = end;
    }
    return out;
  };
  const cited = [...lines(a), ...lines(b)];
  const key = (s: { document: string; start: number; end: number }) => `${s.document}:${s.start}:${s.end}`;

  it.each([3, 40])('keeps each of %i clauses once, cited again and again from two documents', (n) => {
    const b = new GraphBuilder();
    const spans = cited.slice(0, n);
    const node = b.node('Plan', 'plan', '某市数字政府建设行动方案', spans[0]!, false);
    for (const s of [...spans, ...spans.slice().reverse()]) b.node('Plan', 'plan', '某市数字政府建设行动方案', s, false);
    // Copies of the same clause (another object, same place) are the same citation.
    for (const s of spans)
      b.node('Plan', 'plan', '某市数字政府建设行动方案', { document: s.document, start: s.start, end: s.end, text: s.text }, false);
    expect(node.sources.map(key)).toEqual(spans.map(key));
    const rel = b.rel('RESPONSIBLE_FOR', 'Agency:x', node.id, {}, [...spans, ...spans])!;
    expect(rel.sources.map(key)).toEqual(spans.map(key));
    expect(new Set(spans.map((s) => s.document)).size).toBe(n > 30 ? 2 : 1);
  });

  it('shares a one-clause list and equal properties from the start, and copies them, unchanged, when one fact grows', () => {
    const b = new GraphBuilder();
    const [first, second] = cited;
    const task = b.node('Task', 'task', '建设城市大脑', first!, true);
    const plan = b.node('Plan', 'plan', '某市数字政府建设行动方案', first!, false);
    const other = b.node('Plan', 'other', '某市智慧城市建设规划', first!, false);
    const r = b.rel('HAS_TASK', plan.id, task.id, { role: 'lead' }, [first!])!;
    const s = b.rel('HAS_TASK', other.id, task.id, { role: 'lead' }, [first!])!;
    // One list for the clause and one object for the properties, before anything is settled.
    expect(r.sources).toBe(task.sources);
    expect(r.properties).toBe(s.properties);
    // The same relationship cited again, with a property more: its own copies grow (a frozen list would throw).
    b.rel('HAS_TASK', plan.id, task.id, { role: 'other', period: '2025' }, [second!]);
    expect(r.sources.map(key)).toEqual([first!, second!].map(key));
    expect(r.properties).toEqual({ role: 'lead', period: '2025' });
    expect(task.sources.map(key)).toEqual([key(first!)]);
    expect(s.sources.map(key)).toEqual([key(first!)]);
    expect(s.properties).toEqual({ role: 'lead' });
  });
});
