import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../../src/ingest';
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

/** Every value (target or result) a graph read, as `number unit`. */
export function valuesWithUnit(g: Graph): string[] {
  return g.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => `${r.properties.value} ${r.properties.unit ?? ''}`);
}

/** The numbers of every value (target or result) a graph read. */
export function valuesOf(g: Graph): unknown[] {
  return g.relationships.filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED').map((r) => r.properties.value);
}

/** A whole fixture document, built alone, with its text. */
export function fixtureReport(dir: string, file: string): { graph: Graph; text: string } {
  const text = readFileSync(join(dir, file), 'utf8');
  const id = file.replace(/\.txt$/, '');
  const doc = { id, path: file, text, kind: 'other', encoding: 'utf-8', hash: id, title: '', chars: text.length } as DocumentRecord;
  return { graph: buildGraph([doc]), text };
}

/** How each value read inside the quoted words was judged, as «number KIND period». */
export function judgedIn({ graph, text }: { graph: Graph; text: string }, quote: string): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`not in the text: ${quote}`);
  return graph.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .filter((r) => {
      const raw = String(r.properties.raw ?? '');
      const i = text.indexOf(raw, r.sources[0]?.start ?? 0);
      return raw !== '' && i >= at && i + raw.length <= at + quote.length;
    })
    .map((r) => `${r.properties.value} ${r.type === 'SETS_TARGET' ? 'TARGET' : 'ACTUAL'} ${r.properties.period}`);
}
