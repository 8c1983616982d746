import type { DocumentRecord, Graph } from '../../../src/model';

// Shared by the period tests: a passage of a real document as a record, and how each value of it
// was judged (kind and period), so a test reads as the analyst's check.

export function passage(id: string, text: string, date?: string): DocumentRecord {
  return { id, path: `${id}.txt`, text, kind: 'other', encoding: 'utf-8', hash: id, title: '', chars: text.length, date } as DocumentRecord;
}

export function judgedAt(g: Graph, value: number) {
  return g.relationships
    .filter((r) => (r.type === 'SETS_TARGET' || r.type === 'MEASURED') && r.properties.value === value)
    .map((r) => ({ kind: r.type === 'SETS_TARGET' ? 'TARGET' : 'ACTUAL', period: r.properties.period }));
}
