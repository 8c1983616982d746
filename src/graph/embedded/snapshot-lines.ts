import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { HeldSpan, plainSpan, type DocumentRecord, type Graph, type GraphNode, type GraphRelationship, type SourceSpan } from '../../model';
import { LineWriter } from './line-writer';
import { lineHash, type IndexWriter } from './snapshot-index';
import { documentProblem, factProblem, wholeSpan, type SpanCheck } from './snapshot-shape';

// Snapshot format 2: one JSON value per line (a header with the counts, then each document,
// node and relationship), with spans written as [document index, start, end] and their text
// left out: every quote is the slice of its document's one text, so the file holds that text
// once. Lines keep both writing and reading far below V8's string limit at any corpus size. A
// span citing a document the store does not hold (a slice brings a shared fact's other sources
// along) is written whole, as in format 1.
// A re-ingest appends patch segments instead of rewriting the file (snapshot-patch.ts): a head
// line naming what it removes, then document, node and relationship lines that replace those of
// the same id, then an end line. Documents' lines keep counting across segments, so a span's
// number stays the line of the text it was read from.

export const FORMAT_LINES = 'plangraph-embedded-snapshot/2';

interface Header {
  format: typeof FORMAT_LINES;
  documents: number;
  nodes: number;
  relationships: number;
}

type WireSpan = [number, number, number];

/** A patch segment's first line: what it removes and how many lines of each kind follow. */
export interface PatchHead {
  patch: {
    documents: number;
    nodes: number;
    relationships: number;
    remove: { documents: string[]; nodes: string[]; relationships: string[] };
  };
}
/** A patch segment's last line: without it the segment was never finished, and is not read. */
export const PATCH_END = '{"end":"patch"}';

/**
 * A node's or relationship's line, its spans as [slot, start, end] of the document lines; the same
 * fact in the same state always gives the same line (so its hash says whether it changed). A span
 * citing a document the file does not hold is written whole; `whole` counts them.
 */
export function factLine(f: GraphNode | GraphRelationship, slotOf: ReadonlyMap<string, number>, whole?: { spans: number }): string {
  const span = (s: SourceSpan): WireSpan | SourceSpan => {
    const d = slotOf.get(s.document);
    if (d !== undefined) return [d, s.start, s.end];
    if (whole) whole.spans++;
    return plainSpan(s);
  };
  return JSON.stringify({ ...f, sources: f.sources.map(span) });
}

/** What the index of a file written whole needs besides its entries (snapshot-index.ts). */
export interface Written {
  bytes: number;
  slots: number;
}

/**
 * Writes the whole graph, each line's index entry to `index` as it goes; undefined when the
 * graph is not one a build gives (a fact citing no document the file holds), so the store never
 * keeps an index of it.
 */
export async function writeSnapshotLines(handle: FileHandle, graph: Graph, index?: IndexWriter): Promise<Written | undefined> {
  const slotOf = new Map(graph.documents.map((d, i) => [d.id, i]));
  const header: Header = {
    format: FORMAT_LINES,
    documents: graph.documents.length,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
  };
  const out = new LineWriter(handle, index && (() => index.flush()));
  await out.line(JSON.stringify(header));
  let built = true;
  const whole = { spans: 0 };
  const lines = async <T>(items: T[], line: (x: T) => string, note: (x: T, line: string, at: number, bytes: number) => void) => {
    for (const item of items) {
      const l = line(item);
      const bytes = Buffer.byteLength(l);
      note(item, l, out.at, bytes);
      const full = out.line(l, bytes);
      if (full) await full;
    }
  };
  await lines(
    graph.documents,
    (d) => JSON.stringify(d),
    (d, l, offset, bytes) => index?.document(d.id, { slot: slotOf.get(d.id)!, hash: lineHash(l), at: offset, bytes }),
  );
  const fact = (kind: 'n' | 'r') => (f: GraphNode | GraphRelationship, l: string) => {
    if (f.sources.length === 0) built = false;
    index?.fact(kind, f.id, lineHash(l));
  };
  await lines(graph.nodes, (n) => factLine(n, slotOf, whole), fact('n'));
  await lines(graph.relationships, (r) => factLine(r, slotOf, whole), fact('r'));
  await out.flush();
  return built && whole.spans === 0 ? { bytes: out.at, slots: graph.documents.length } : undefined;
}

/** Whether a file's first line is a format-2 header (else it is read as format 1 or refused). */
export function linesHeader(firstLine: string): Header | undefined {
  if (!firstLine.startsWith(`{"format":${JSON.stringify(FORMAT_LINES)}`)) return undefined;
  try {
    return JSON.parse(firstLine) as Header;
  } catch {
    return undefined;
  }
}

/** The first line of a file (up to 4 KB), without reading the rest. */
export async function firstLine(file: string): Promise<string> {
  const stream = createReadStream(file, { encoding: 'utf8', start: 0, end: 4095 });
  let text = '';
  for await (const chunk of stream) text += chunk as string;
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * The graph a format-2 file holds, each span held on its document's text; throws an Error naming
 * the line and the problem (the caller adds the file).
 */
export async function readSnapshotLines(file: string, header: Header): Promise<Graph> {
  for (const key of ['documents', 'nodes', 'relationships'] as const) {
    if (!isCount(header[key])) throw new Error(`the header's "${key}" is not a count`);
  }
  /** Every document line in file order: what a span's number names. */
  const slots: DocumentRecord[] = [];
  const documents = new Map<string, DocumentRecord>();
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  const held: Map<number, HeldSpan>[] = [];
  const hold: SpanCheck = (s) => {
    if (!Array.isArray(s)) return wholeSpan(s);
    if (s.length !== 3 || !s.every(isCount)) return 'a source is not [document, start, end]';
    const [d, start, end] = s as WireSpan;
    const doc = slots[d];
    if (!doc) return `a source names document ${d}, of ${slots.length}`;
    if (start > end || end > doc.text.length) return `a source [${start}, ${end}) lies outside its document`;
    // One object per clause, however many facts cite it.
    let spans = held[d];
    if (!spans) held[d] = spans = new Map();
    const key = start * 0x4000000 + end;
    let span = spans.get(key);
    if (!span) spans.set(key, (span = new HeldSpan(doc, start, end)));
    return span;
  };
  const parse = (line: string, n: number): unknown => {
    try {
      return JSON.parse(line);
    } catch (err) {
      throw new Error(`line ${n}: invalid JSON (${(err as Error).message.split('\n')[0]})`, { cause: err });
    }
  };
  const document = (value: unknown, n: number): DocumentRecord => {
    const problem = documentProblem(value);
    if (problem) throw new Error(`line ${n}: document ${problem}`);
    slots.push(value as DocumentRecord);
    return value as DocumentRecord;
  };
  const fact = <T>(value: unknown, kind: 'node' | 'relationship', n: number): T => {
    const problem = factProblem(value, kind, hold);
    if (problem) throw new Error(`line ${n}: ${kind}: ${problem}`);
    return value as T;
  };
  // Read in large chunks: each chunk is a turn of the event loop, and a loaded machine makes turns slow.
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 4 << 20 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  // Line numbers (1-based) where nodes and relationships begin, and the last line.
  const first = { nodes: 2 + header.documents, relationships: 2 + header.documents + header.nodes };
  const total = first.relationships - 1 + header.relationships;
  /** The patch segment being read: its lines are parsed and applied only once its end line is read. */
  let patch: { head: PatchHead['patch']; at: number; lines: string[] } | undefined;
  const apply = ({ head, at, lines: raw }: NonNullable<typeof patch>) => {
    const parsed = raw.map((line, i) => parse(line, at + i));
    const docs = parsed.slice(0, head.documents).map((v, i) => document(v, at + i));
    const facts = parsed.slice(head.documents);
    const added = facts.slice(0, head.nodes).map((v, i) => fact<GraphNode>(v, 'node', at + head.documents + i));
    const linked = facts.slice(head.nodes).map((v, i) => fact<GraphRelationship>(v, 'relationship', at + head.documents + head.nodes + i));
    for (const id of head.remove.documents) documents.delete(id);
    for (const id of head.remove.nodes) nodes.delete(id);
    for (const id of head.remove.relationships) relationships.delete(id);
    for (const d of docs) documents.set(d.id, d);
    for (const x of added) nodes.set(x.id, x);
    for (const x of linked) relationships.set(x.id, x);
  };
  for await (const line of lines) {
    n++;
    if (n === 1) continue;
    if (n <= total) {
      const value = parse(line, n);
      if (n < first.nodes) {
        const d = document(value, n);
        documents.set(d.id, d);
      } else if (n < first.relationships) {
        const node = fact<GraphNode>(value, 'node', n);
        nodes.set(node.id, node);
      } else {
        const r = fact<GraphRelationship>(value, 'relationship', n);
        relationships.set(r.id, r);
      }
      continue;
    }
    if (!patch) {
      if (line.trim() === '') continue;
      const head = (parse(line, n) as Partial<PatchHead> | null)?.patch;
      if (!head || ![head.documents, head.nodes, head.relationships].every(isCount) || !head.remove)
        throw new Error(`line ${n}: more lines than the header counts`);
      patch = { head, at: n + 1, lines: [] };
    } else if (patch.lines.length < patch.head.documents + patch.head.nodes + patch.head.relationships) patch.lines.push(line);
    else {
      if (line !== PATCH_END) throw new Error(`line ${n}: a patch has more lines than its head counts`);
      apply(patch);
      patch = undefined;
    }
  }
  if (n < total) throw new Error(`the file ends at line ${n}, the header counts ${total}: it was cut short`);
  // A patch without its end line was cut short while appended: it never happened.
  return { documents: [...documents.values()], nodes: [...nodes.values()], relationships: [...relationships.values()] };
}
